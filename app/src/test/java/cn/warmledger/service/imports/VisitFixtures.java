package cn.warmledger.service.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.TestIds;

/**
 * Rosters of a past campaign (慰问金发放花名册) as offices keep them, written with POI: who received how much,
 * with every shape of 身份证号, date and amount the recipient lists have too, a 合计 row and a signature line.
 */
public final class VisitFixtures {
    public static final String[] HEADER = {"序号", "姓名", "身份证号码", "工作单位", "对象类别", "困难类型", "慰问金（元）",
            "慰问品", "折价", "慰问日期", "慰问形式", "资金来源", "备注", "领取人签字"};
    /** The 1949 woman's number with full-width digits and a lower-case x. */
    public static final String FULL_WIDTH_X = "１１０１０５１９４９１２３１００２x";

    private VisitFixtures() {
    }

    /**
     * The roster (sheet 慰问花名册). In the register before the import: 陈陆 (MALE_1962, 深度困难), 汪惠珍
     * (FEMALE_1985, 劳模), 孙丽 (FEMALE_1975, 劳模), 韩雷 (MALE_1980, 劳模, already visited in the campaign), 周敏
     * (MALE_1990, 劳模).
     * Rows as Excel numbers them:
     * 3 陈陆 valid, registered; 4 周敏 身份证号 typed as a number (3.40102E+17); 5 韩梅 full-width digits and x,
     * not registered, 劳模, 2021.1.8, 1,000元; 6 刘强 15-digit number, not registered, no category, 2021年1月8日,
     * 0.1万元; 7 汪惠珍 Excel date serial, 500 as a number; 8 钱芳 negative amount; 9 blank; 10 and 11 孙丽 twice;
     * 12 韩雷 already visited in the campaign; 13 周明 with 周敏's number (name differs); 14 合计; 15 落款.
     */
    public static Path roster(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("慰问花名册");
            ImportFixtures.text(s, 0, "城关镇2021年元旦春节送温暖慰问金发放花名册");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            ImportFixtures.text(s, 1, HEADER);
            ImportFixtures.text(s, 2, "1", "陈陆", TestIds.MALE_1962, "皖维集团", "困难职工", "深度困难", "1000", "米、油", "120",
                    "2021/01/08", "上门走访", "县总工会", "", "陈陆");
            Row r4 = ImportFixtures.text(s, 3, "2", "周敏", null, "城关供销社", "农民工", "", "500", "", "", "2021-01-08");
            r4.createCell(2).setCellValue(Double.parseDouble(TestIds.MALE_1990));
            ImportFixtures.text(s, 4, "3", "韩梅", FULL_WIDTH_X, "城关小学", "劳模", "", "1,000元", "", "", "2021.1.8",
                    "集中慰问", "镇工会");
            ImportFixtures.text(s, 5, "4", "刘强", ImportFixtures.OLD_15, "城关供销社", "", "", "0.1万元", "", "",
                    "2021年1月8日", "", "", "补发");
            Row r7 = ImportFixtures.text(s, 6, "5", "汪惠珍", TestIds.FEMALE_1985, "合肥热电集团", "劳模", "");
            r7.createCell(6).setCellValue(500);
            r7.createCell(9).setCellValue(ImportFixtures.serial(LocalDate.of(2021, 1, 8)));
            ImportFixtures.text(s, 7, "6", "钱芳", TestIds.FEMALE_1980, "", "农民工", "", "-200", "", "", "2021-01-08");
            // row 9 blank
            ImportFixtures.text(s, 9, "7", "孙丽", TestIds.FEMALE_1975, "", "劳模", "", "800", "", "", "2021-01-09");
            ImportFixtures.text(s, 10, "8", "孙丽", TestIds.FEMALE_1975, "", "劳模", "", "800", "", "", "2021-01-10");
            ImportFixtures.text(s, 11, "9", "韩雷", TestIds.MALE_1980, "", "劳模", "", "500", "", "", "2021-01-12");
            ImportFixtures.text(s, 12, "10", "周明", TestIds.MALE_1990, "", "劳模", "", "500", "", "", "2021-01-12");
            ImportFixtures.text(s, 13, "合计", "", "", "", "", "", "4100", "", "120");
            ImportFixtures.text(s, 14, "填表人：张干事", "", "", "", "审核人：李主席");
            Path file = dir.resolve("慰问花名册.xlsx");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            return file;
        }
    }

    /** {@code rows} people not in the register, each paid 600 元 on 2021-01-08, streamed with SXSSF. */
    public static Path largeRoster(Path dir, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet s = wb.createSheet("花名册");
            ImportFixtures.text(s, 0, "姓名", "身份证号", "工作单位", "对象类别", "慰问金额", "发放日期", "领取人签字");
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 12000);
                String id17 = "340102" + birth.toString().replace("-", "") + String.format("%03d", i / 12000 + 100);
                ImportFixtures.text(s, i + 1, "职工" + i, id17 + ImportFixtures.check(id17), "城关第" + (i % 40) + "厂",
                        "农民工", "600", "2021-01-08");
            }
            Path file = dir.resolve("large-roster.xlsx");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            wb.dispose();
            return file;
        }
    }
}
