package cn.warmledger.service.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.TestIds;

/**
 * Workbooks as township offices keep them, written here with POI: a title merged over the table, a
 * 填报单位 line, blank rows, 身份证号 in every shape real sheets hold, dates and amounts in every form,
 * a merged 单位名称, the same person twice, a 合计 row with a signature line below, a hidden sheet.
 */
public final class ImportFixtures {
    public static final String[] HEADER = {"序号", "户主姓名", "性别", "公民身份号码", "出生日期", "联系电话", "单位名称",
            "困难类别", "致困原因", "家庭人口", "人均月收入（元）", "家庭住址", "档案状态"};
    /** A pre-1999 number of a man born 1978-03-05; its 18-digit form is worked out by the code under test. */
    public static final String OLD_15 = "340102780305113";

    /** A man born 1970-01-01 (valid number; his row fails on other cells). */
    public static final String LI_SI = "34010219700101101" + check("34010219700101101");

    private ImportFixtures() {
    }

    static long serial(LocalDate d) {
        return ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), d);
    }

    /** The township's 困难职工 list (sheet 困难职工, after a hidden sheet 旧名单). Rows as documented in the test. */
    public static Path realSheet(Path dir) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet hidden = wb.createSheet("旧名单");
            hidden.createRow(0).createCell(0).setCellValue("2019 年的名单，已作废");
            Sheet s = wb.createSheet("困难职工");
            wb.setSheetHidden(0, true);
            wb.setActiveSheet(1);
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

            text(s, 0, "城关镇2021年元旦春节困难职工花名册");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.length - 1));
            text(s, 1, "填报单位：城关镇总工会", "", "", "", "", "", "", "", "填报日期：2021年1月8日");
            s.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
            // row 3 blank
            text(s, 3, HEADER);
            // 5: 18-digit text, 1980.1.1, phone as a number, 单位名称 merged over rows 5-6, 1,200.50元
            Row r5 = text(s, 4, "1", "韩雷", "男", TestIds.MALE_1980, "1980.1.1", null, "合肥热电集团", "深度困难", "因病",
                    "3人", "1,200.50元", "城关镇幸福路 8 号", "");
            r5.createCell(5).setCellValue(13905512345d);
            s.addMergedRegion(new CellRangeAddress(4, 5, 6, 6));
            // 6: full-width digits, 1985年6月15日, 0.05万元, two causes
            text(s, 5, "2", "汪惠珍", "女", "３４０１０２１９８５０６１５２３４７", "1985年6月15日", "0551-62345678", "",
                    "相对困难", "下岗失业、子女上学", "4", "0.05万元", "", "在档");
            // 7: spaces inside and around, an Excel date serial in a General cell, amount as a number
            Row r7 = text(s, 6, "3", "陈  陆", "", " 340102 19620101 0074 ", null, "", "皖维集团", "意外致困", "",
                    null, null, "", "");
            r7.createCell(4).setCellValue(serial(LocalDate.of(1962, 1, 1)));
            r7.createCell(9).setCellValue(2);
            r7.createCell(10).setCellValue(800);
            // 8: lower-case x, 1949/12/31, a real date cell
            Row r8 = text(s, 7, "4", "韩梅", "女", "11010519491231002x", null, "", "城关小学", "深度", "",
                    "1", "650", "", "");
            r8.createCell(4).setCellValue(LocalDate.of(1949, 12, 31));
            r8.getCell(4).setCellStyle(dateStyle);
            // 9: 15-digit old number, 19780305
            text(s, 8, "5", "刘强", "男", OLD_15, "19780305", "", "城关供销社", "相对困难", "", "2", "900", "", "");
            // 10: 身份证号 typed as a number: Excel shows 3.40102E+17 and the last digits are gone
            Row r10 = text(s, 9, "6", "周敏", "男", null, "", "", "城关供销社", "相对困难", "", "2", "900", "", "");
            r10.createCell(3).setCellValue(Double.parseDouble(TestIds.MALE_1990));
            // 11 and 12: the same person twice
            text(s, 10, "7", "王军", "男", TestIds.MALE_1990, "", "", "", "深度困难", "", "2", "600", "", "");
            text(s, 11, "8", "王军", "男", "340102 199003083452", "", "", "", "深度困难", "", "2", "600", "", "");
            // 13: wrong check character and a bad phone: two problems on one row
            text(s, 12, "9", "赵六", "男", "340102198001011232", "", "12345", "", "深度困难", "", "2", "600", "", "");
            // 14 blank
            // 15: already in the register (the test saves her first)
            text(s, 14, "10", "孙丽", "女", TestIds.FEMALE_1975, "", "13811112222", "", "相对困难", "", "3", "700", "",
                    "");
            // 16: 性别 contradicts the number
            text(s, 15, "11", "钱芳", "男", TestIds.FEMALE_1980, "", "", "", "相对困难", "", "3", "700", "", "");
            // 17: 人均月收入 not a number, 出生日期 not a date
            text(s, 16, "12", "李四", "男", LI_SI, "1962.13.01", "", "",
                    "深度困难", "", "3", "七百", "", "");
            // 18 blank; 19 合计; 20 signature line
            text(s, 18, "合计", "", "", "", "", "", "", "", "", "24", "8150.5", "", "");
            text(s, 19, "填表人：张干事", "", "", "", "审核人：李主席");
            try (OutputStream os = Files.newOutputStream(dir.resolve("困难职工花名册.xlsx"))) {
                wb.write(os);
            }
        }
        return dir.resolve("困难职工花名册.xlsx");
    }

    /** An old .xls (HSSF): header on row 1, a real date cell, a 劳模 list without 困难类别. */
    public static Path oldXls(Path dir) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createInformationProperties();
            Sheet s = wb.createSheet("劳模");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            text(s, 0, "姓名", "身份证号码", "出生日期", "手机号码", "工作单位", "对象类别");
            Row r = text(s, 1, "汪惠珍", TestIds.FEMALE_1985, null, "13905512345", "合肥热电集团", "劳模");
            r.createCell(2).setCellValue(LocalDate.of(1985, 6, 15));
            r.getCell(2).setCellStyle(dateStyle);
            text(s, 2, "陈陆", TestIds.MALE_1962, "", "", "皖维集团", "劳动模范/工匠");
            return write(wb, dir.resolve("劳模名单.xls"));
        }
    }

    /** A list saved as “CSV (逗号分隔)” on a Chinese Windows: GBK, no BOM, a quoted comma. */
    public static Path gbkCsv(Path dir) throws IOException {
        String csv = "姓名,身份证号码,手机号码,工作单位,对象类别\r\n"
                + "汪惠珍," + TestIds.FEMALE_1985 + ",13905512345,\"合肥热电集团, 热力分公司\",农民工\r\n"
                + "周敏,3.40102E+17,,城关供销社,农民工\r\n"
                + ",,,,\r\n"
                + "陈陆," + TestIds.MALE_1962 + ",,皖维集团,快递员\r\n";
        Path file = dir.resolve("农民工.csv");
        Files.write(file, csv.getBytes(Charset.forName("GBK")));
        return file;
    }

    /** {@code rows} valid 困难职工 rows with distinct generated numbers, streamed with SXSSF. */
    public static Path large(Path dir, int rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(500)) {
            Sheet s = wb.createSheet("名单");
            text(s, 0, "姓名", "身份证号", "联系电话", "工作单位", "困难类型", "致困原因", "家庭人口", "人均月收入", "家庭住址");
            for (int i = 0; i < rows; i++) {
                LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(i % 12000);
                String id17 = "340102" + birth.toString().replace("-", "") + String.format("%03d", i / 12000 + 100);
                text(s, i + 1, "职工" + i, id17 + check(id17), "139" + String.format("%08d", i), "城关第" + (i % 40) + "厂",
                        i % 2 == 0 ? "深度困难" : "相对困难", "患重特大疾病", String.valueOf(1 + i % 5),
                        String.valueOf(300 + i % 500), "城关镇某路 " + i + " 号");
            }
            Path file = dir.resolve("large.xlsx");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            wb.dispose();
            return file;
        }
    }

    /** GB 11643 check character. */
    static char check(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    static Row text(Sheet s, int rowIndex, String... values) {
        Row r = s.getRow(rowIndex) == null ? s.createRow(rowIndex) : s.getRow(rowIndex);
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null && !values[c].isEmpty()) {
                r.createCell(c).setCellValue(values[c]);
            }
        }
        return r;
    }

    private static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream os = Files.newOutputStream(file)) {
            wb.write(os);
        }
        return file;
    }
}
