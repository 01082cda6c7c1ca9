package cn.warmledger.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.domain.StatFields;

/**
 * Writes the three built-in templates committed under src/main/resources/templates. Run once when a layout
 * changes: {@code java -cp target/test-classes:target/classes:<deps> cn.warmledger.excel.BuiltinTemplatesGenerator
 * src/main/resources/templates}. The files are ordinary templates: the same markers a user's template uses.
 */
public final class BuiltinTemplatesGenerator {
    private static final String FONT = "宋体";

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle info;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle count;
    private final CellStyle wan;
    private final CellStyle yuan;
    private final CellStyle totalLabel;
    private final CellStyle plain;

    private BuiltinTemplatesGenerator() {
        title = style(18, true, HorizontalAlignment.CENTER, false, null);
        info = style(11, false, HorizontalAlignment.LEFT, false, null);
        plain = style(11, false, HorizontalAlignment.LEFT, false, null);
        header = style(10, true, HorizontalAlignment.CENTER, true, null);
        text = style(10, false, HorizontalAlignment.LEFT, true, null);
        count = style(10, false, HorizontalAlignment.RIGHT, true, "0");
        wan = style(10, false, HorizontalAlignment.RIGHT, true, "0.0000");
        yuan = style(10, false, HorizontalAlignment.RIGHT, true, "0.00");
        totalLabel = style(10, true, HorizontalAlignment.CENTER, true, null);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/templates");
        Files.createDirectories(dir);
        new BuiltinTemplatesGenerator().warmthStats(dir.resolve("warmth-stats.xlsx"));
        new BuiltinTemplatesGenerator().aidCenter(dir.resolve("aid-center.xlsx"));
        new BuiltinTemplatesGenerator().roster(dir.resolve("roster.xlsx"));
    }

    private void warmthStats(Path file) throws IOException {
        Sheet s = wb.createSheet("送温暖统计表");
        int last = 27;
        titleAndInfo(s, "${campaign.name}各级工会送温暖统计表", last);
        Row h1 = row(s, 2, 22);
        Row h2 = row(s, 3, 22);
        Row h3 = row(s, 4, 36);
        boxes(s, header, 2, 4, 0, last);
        put(s, 2, 0, "单位", header, 2, 4, 0, 0);
        put(s, 2, 1, "筹集送温暖资金（万元）", header, 2, 2, 1, 9);
        put(s, 3, 1, "合计", header, 3, 4, 1, 1);
        put(s, 3, 2, "其中", header, 3, 3, 2, 9);
        List<String> sources = List.of("全总", "省总", "市总", "县(区)总", "基层工会", "党政拨款", "社会捐助", "财政帮扶资金");
        for (int i = 0; i < sources.size(); i++) {
            put(s, 4, 2 + i, sources.get(i), header, 4, 4, 2 + i, 2 + i);
        }
        put(s, 2, 10, "走访慰问企业", header, 2, 2, 10, 11);
        put(s, 3, 10, "家数", header, 3, 4, 10, 10);
        put(s, 3, 11, "金额（万元）", header, 3, 4, 11, 11);
        put(s, 2, 12, "慰问困难职工", header, 2, 2, 12, 17);
        put(s, 3, 12, "户数", header, 3, 4, 12, 12);
        put(s, 3, 13, "金额（万元）", header, 3, 4, 13, 13);
        put(s, 3, 14, "其中", header, 3, 3, 14, 17);
        List<String> kinds = List.of("深度困难", "相对困难", "意外致困", "已退档");
        for (int i = 0; i < kinds.size(); i++) {
            put(s, 4, 14 + i, kinds.get(i), header, 4, 4, 14 + i, 14 + i);
        }
        String[] groups = {"慰问劳模", "慰问农民工", "慰问一线职工（含抗疫一线、节日坚守岗位）", "慰问其他"};
        for (int i = 0; i < groups.length; i++) {
            int c = 18 + 2 * i;
            put(s, 2, c, groups[i], header, 2, 2, c, c + 1);
            put(s, 3, c, "人数", header, 3, 4, c, c);
            put(s, 3, c + 1, "金额（万元）", header, 3, 4, c + 1, c + 1);
        }
        put(s, 2, 26, "合计", header, 2, 2, 26, 27);
        put(s, 3, 26, "慰问人次", header, 3, 4, 26, 26);
        put(s, 3, 27, "慰问总金额（万元）", header, 3, 4, 27, 27);
        detailAndTotal(s, 5, StatFields.warmthStats());
        note(s, 8, "说明：金额单位为万元，保留四位小数；慰问总金额含慰问金和慰问品折价；困难职工户数按走访时的困难类型和档案状态统计。", last);
        s.setColumnWidth(0, 18 * 256);
        for (int c = 1; c <= last; c++) {
            s.setColumnWidth(c, 9 * 256);
        }
        s.setColumnWidth(22, 12 * 256);
        printSetup(s, true, "3:5");
        save(file);
    }

    private void aidCenter(Path file) throws IOException {
        Sheet s = wb.createSheet("帮扶中心工作统计表");
        int last = 21;
        titleAndInfo(s, "${year}年度困难职工帮扶中心工作统计表", last);
        row(s, 2, 24);
        row(s, 3, 36);
        boxes(s, header, 2, 3, 0, last);
        put(s, 2, 0, "单位", header, 2, 3, 0, 0);
        put(s, 2, 1, "在档困难职工户数", header, 2, 2, 1, 4);
        String[] files = {"年初", "新增", "退档", "年末"};
        for (int i = 0; i < files.length; i++) {
            put(s, 3, 1 + i, files[i], header, 3, 3, 1 + i, 1 + i);
        }
        String[] kinds = {"生活救助", "医疗救助", "助学救助", "临时救助", "送温暖"};
        for (int i = 0; i < kinds.length; i++) {
            int c = 5 + 2 * i;
            put(s, 2, c, kinds[i], header, 2, 2, c, c + 1);
            put(s, 3, c, "户数", header, 3, 3, c, c);
            put(s, 3, c + 1, "金额（万元）", header, 3, 3, c + 1, c + 1);
        }
        put(s, 2, 15, "救助金额合计（万元）", header, 2, 3, 15, 15);
        put(s, 2, 16, "就业援助", header, 2, 2, 16, 19);
        String[] jobs = {"招聘会场次", "发布岗位数", "职业介绍人次", "技能培训人次"};
        for (int i = 0; i < jobs.length; i++) {
            put(s, 3, 16 + i, jobs[i], header, 3, 3, 16 + i, 16 + i);
        }
        put(s, 2, 20, "法律援助", header, 2, 2, 20, 21);
        put(s, 3, 20, "咨询人次", header, 3, 3, 20, 20);
        put(s, 3, 21, "援助件数", header, 3, 3, 21, 21);
        detailAndTotal(s, 4, StatFields.aidCenter());
        note(s, 7, "说明：金额单位为万元，保留四位小数，含慰问金和慰问品折价；在档户数含脱困渐退期；救助和送温暖只计建档困难职工家庭，"
                + "同一户同类多次只计一户。", last);
        s.setColumnWidth(0, 18 * 256);
        for (int c = 1; c <= last; c++) {
            s.setColumnWidth(c, 9 * 256);
        }
        printSetup(s, true, "3:4");
        save(file);
    }

    private void roster(Path file) throws IOException {
        Sheet s = wb.createSheet("慰问金发放花名册");
        int last = 9;
        row(s, 0, 36);
        put(s, 0, 0, "${campaign.name}慰问金发放花名册", title, 0, 0, 0, last);
        row(s, 1, 22);
        put(s, 1, 0, "填报单位（盖章）：${unit.name}", info, 1, 1, 0, 3);
        put(s, 1, 4, "填报人：${preparer}", info, 1, 1, 4, 5);
        put(s, 1, 6, "联系电话：${phone}", info, 1, 1, 6, 7);
        put(s, 1, 8, "填报日期：${date}", info, 1, 1, 8, 9);
        row(s, 2, 30);
        String[] heads = {"序号", "姓名", "性别", "身份证号", "工作单位", "对象类别/困难类型", "慰问金（元）", "慰问品",
            "领取人签字（摁手印）", "备注"};
        for (int c = 0; c < heads.length; c++) {
            put(s, 2, c, heads[c], header, 2, 2, c, c);
        }
        row(s, 3, 42);
        String[] fields = {"seq", "name", "gender", "idNumber", "employer", "category", "cash", "goods", "signature", "note"};
        for (int c = 0; c < fields.length; c++) {
            CellStyle st = c == 0 ? count : c == 6 ? yuan : text;
            put(s, 3, c, "${people." + fields[c] + "}", st, 3, 3, c, c);
        }
        row(s, 4, 24);
        boxes(s, totalLabel, 4, 5, 0, last);
        put(s, 4, 0, "本页小计", totalLabel, 4, 4, 0, 5);
        put(s, 4, 6, "${pagesum(people.cash)}", yuan, 4, 4, 6, 6);
        row(s, 5, 24);
        put(s, 5, 0, "合计（共 ${count} 人）", totalLabel, 5, 5, 0, 5);
        put(s, 5, 6, "${sum(people.cash)}", yuan, 5, 5, 6, 6);
        row(s, 6, 24);
        boxes(s, text, 6, 6, 0, last);
        put(s, 6, 0, "合计金额（大写）：${totalInWords}", text, 6, 6, 0, last);
        row(s, 8, 24);
        put(s, 8, 0, "经办人：", plain, 8, 8, 0, 2);
        put(s, 8, 3, "审核人：", plain, 8, 8, 3, 4);
        put(s, 8, 5, "单位负责人：", plain, 8, 8, 5, 7);
        put(s, 8, 8, "日期：", plain, 8, 8, 8, 9);
        int[] widths = {6, 9, 5, 21, 20, 14, 12, 12, 16, 10};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        printSetup(s, false, "3:3");
        save(file);
    }

    private void titleAndInfo(Sheet s, String titleText, int last) {
        row(s, 0, 36);
        put(s, 0, 0, titleText, title, 0, 0, 0, last);
        row(s, 1, 22);
        int quarter = (last + 1) / 4;
        put(s, 1, 0, "填报单位（盖章）：${org.name}", info, 1, 1, 0, quarter - 1);
        put(s, 1, quarter, "填报人：${preparer}", info, 1, 1, quarter, 2 * quarter - 1);
        put(s, 1, 2 * quarter, "联系电话：${phone}", info, 1, 1, 2 * quarter, 3 * quarter - 1);
        put(s, 1, 3 * quarter, "填报日期：${date}", info, 1, 1, 3 * quarter, last);
    }

    private void detailAndTotal(Sheet s, int at, List<String> fields) {
        row(s, at, 22);
        row(s, at + 1, 22);
        put(s, at, 0, "${units.name}", text, at, at, 0, 0);
        put(s, at + 1, 0, "合计", totalLabel, at + 1, at + 1, 0, 0);
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            CellStyle st = StatFields.isMoney(f) ? wan : count;
            put(s, at, 1 + i, "${units." + f + "}", st, at, at, 1 + i, 1 + i);
            put(s, at + 1, 1 + i, "${sum(units." + f + ")}", st, at + 1, at + 1, 1 + i, 1 + i);
        }
    }

    private void note(Sheet s, int at, String textValue, int last) {
        row(s, at, 20);
        put(s, at, 0, textValue, plain, at, at, 0, last);
    }

    private void printSetup(Sheet s, boolean landscape, String repeat) {
        PrintSetup ps = s.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setHorizontallyCenter(true);
        s.setMargin(Sheet.TopMargin, 0.6);
        s.setMargin(Sheet.BottomMargin, 0.7);
        s.setMargin(Sheet.LeftMargin, 0.4);
        s.setMargin(Sheet.RightMargin, 0.4);
        s.setMargin(Sheet.HeaderMargin, 0.3);
        s.setMargin(Sheet.FooterMargin, 0.3);
        s.setRepeatingRows(CellRangeAddress.valueOf(repeat));
        s.getFooter().setCenter("第 &P 页 共 &N 页");
    }

    private Row row(Sheet s, int index, float height) {
        Row r = s.getRow(index) == null ? s.createRow(index) : s.getRow(index);
        r.setHeightInPoints(height);
        return r;
    }

    private void boxes(Sheet s, CellStyle style, int r1, int r2, int c1, int c2) {
        for (int r = r1; r <= r2; r++) {
            Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
            for (int c = c1; c <= c2; c++) {
                if (row.getCell(c) == null) {
                    row.createCell(c).setCellStyle(style);
                }
            }
        }
    }

    private void put(Sheet s, int r, int c, String value, CellStyle style, int r1, int r2, int c1, int c2) {
        for (int rr = r1; rr <= r2; rr++) {
            Row row = s.getRow(rr) == null ? s.createRow(rr) : s.getRow(rr);
            for (int cc = c1; cc <= c2; cc++) {
                row.createCell(cc).setCellStyle(style);
            }
        }
        s.getRow(r).getCell(c).setCellValue(value);
        if (r1 != r2 || c1 != c2) {
            s.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    private CellStyle style(int points, boolean bold, HorizontalAlignment align, boolean border, String format) {
        Font font = wb.createFont();
        font.setFontName(FONT);
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        CellStyle st = wb.createCellStyle();
        st.setFont(font);
        st.setAlignment(align);
        st.setVerticalAlignment(VerticalAlignment.CENTER);
        st.setWrapText(true);
        if (border) {
            st.setBorderTop(BorderStyle.THIN);
            st.setBorderBottom(BorderStyle.THIN);
            st.setBorderLeft(BorderStyle.THIN);
            st.setBorderRight(BorderStyle.THIN);
        }
        if (format != null) {
            st.setDataFormat(wb.createDataFormat().getFormat(format));
        }
        return st;
    }

    private void save(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
