package cn.warmledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.domain.StatFields;

/**
 * A township's 送温暖统计表 in the standard layout (written by the template engine, then changed by hand the
 * ways people do) read back by the template's positions.
 */
class FilledTableReaderTest {
    @TempDir
    Path dir;
    Path filled;

    @BeforeEach
    void writeStandardTable() throws Exception {
        List<Map<String, Object>> units = new ArrayList<>();
        units.add(unit("城关镇总工会", "1.2000", 12, "1.2000", 7));
        units.add(unit("皖维集团工会", "0.3500", 5, "0.4500", 2));
        units.add(unit("城关小学工会", "0.0800", 1, "0.1000", 0));
        Set<String> fields = new LinkedHashSet<>(List.of("name", "code"));
        fields.addAll(StatFields.warmthStats());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("campaign.name", "2026年元旦春节送温暖");
        values.put("org.name", "城关镇总工会");
        values.put("preparer", "张干事");
        values.put("phone", "0558-2212345");
        values.put("date", LocalDate.of(2026, 1, 20));
        ReportData data = new ReportData(values, Map.of("units", fields), Map.of("units", units), 15);
        filled = dir.resolve("城关镇_送温暖统计表.xlsx");
        try (InputStream template = template(); OutputStream out = Files.newOutputStream(filled)) {
            TemplateFiller.fill(template, data, out, Progress.none());
        }
    }

    private static Map<String, Object> unit(String name, String fund, int households, String amount, int deep) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", name);
        row.put("code", "");
        for (String f : StatFields.warmthStats()) {
            row.put(f, StatFields.isMoney(f) ? new BigDecimal("0.0000") : BigDecimal.ZERO);
        }
        row.put(StatFields.FUND_TOTAL, new BigDecimal(fund));
        row.put(StatFields.HARDSHIP_HOUSEHOLDS, BigDecimal.valueOf(households));
        row.put(StatFields.HARDSHIP_AMOUNT, new BigDecimal(amount));
        row.put(StatFields.DEEP_HOUSEHOLDS, BigDecimal.valueOf(deep));
        return row;
    }

    private static InputStream template() {
        return FilledTableReaderTest.class.getResourceAsStream("/templates/warmth-stats.xlsx");
    }

    private FilledTable read(Path file) throws Exception {
        try (InputStream t = template(); InputStream in = Files.newInputStream(file)) {
            return FilledTableReader.read(t, in);
        }
    }

    @Test
    void theStandardTableReadsBackExactly() throws Exception {
        FilledTable table = read(filled);

        assertThat(table.problems()).isEmpty();
        assertThat(table.unitName()).isEqualTo("城关镇总工会");
        assertThat(table.rows()).extracting(FilledTable.Row::name)
                .containsExactly("城关镇总工会", "皖维集团工会", "城关小学工会");
        assertThat(table.rows()).extracting(FilledTable.Row::rowNumber).containsExactly(6, 7, 8);
        FilledTable.Row first = table.rows().get(0);
        assertThat(first.figures().get(StatFields.FUND_TOTAL)).isEqualByComparingTo("1.2").hasScaleOf(4);
        assertThat(first.figures().get(StatFields.HARDSHIP_HOUSEHOLDS)).isEqualTo(new BigDecimal("12"));
        assertThat(table.totals().get(StatFields.HARDSHIP_AMOUNT)).isEqualTo(new BigDecimal("1.7500"));
        assertThat(table.totals().get(StatFields.HARDSHIP_HOUSEHOLDS)).isEqualTo(new BigDecimal("18"));
        assertThat(table.totals().get(StatFields.DEEP_HOUSEHOLDS)).isEqualTo(new BigDecimal("9"));
    }

    @Test
    void aWrongTotalTextForNumbersAndAChangedHeaderAreNamedByCell() throws Exception {
        change(filled, wb -> {
            Sheet s = wb.getSheetAt(0);
            // 合计 row is row 9: 户数 typed over the formula, wrong
            cell(s, "M9").setCellValue(19);
            cell(s, "N7").setCellValue("0.45");
            cell(s, "O8").setCellValue("两户");
            cell(s, "P7").setCellValue(1.5);
            cell(s, "L4").setCellValue("金额（元）");
        });

        FilledTable table = read(filled);

        assertThat(table.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "L4：表头应为“金额（万元）”，实为“金额（元）”：表格不是标准格式，数字无法按位置读取",
                "N7：“0.45”存成了文本：请把单元格设为数值格式（文本不会计入合计）",
                "O8：“两户”不是数字",
                "P7：1.5 不是整数：户数、人数、次数应为整数",
                "M9：合计 19 与各行之和 18 不符",
                "N9：合计 1.7500 与各行之和 1.3000 不符",
                "P9：合计 0 与各行之和 1.5 不符");
    }

    @Test
    void anXlsTypedByHandWithoutFormulasAndBlankRowsReads() throws Exception {
        Path xls = dir.resolve("手工填报.xls");
        try (Workbook source = new XSSFWorkbook(Files.newInputStream(filled)); HSSFWorkbook copy = new HSSFWorkbook()) {
            Sheet from = source.getSheetAt(0);
            Sheet to = copy.createSheet("Sheet1");
            for (Row row : from) {
                // one blank row typed between the units and 合计 moves 合计 down
                Row target = to.createRow(row.getRowNum() >= 8 ? row.getRowNum() + 1 : row.getRowNum());
                for (Cell c : row) {
                    CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
                    if (type == CellType.NUMERIC) {
                        target.createCell(c.getColumnIndex()).setCellValue(c.getNumericCellValue());
                    } else if (type == CellType.STRING) {
                        target.createCell(c.getColumnIndex()).setCellValue(c.getStringCellValue());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(xls)) {
                copy.write(out);
            }
        }

        FilledTable table = read(xls);

        assertThat(table.problems()).isEmpty();
        assertThat(table.rows()).hasSize(3);
        assertThat(table.totals().get(StatFields.FUND_TOTAL)).isEqualTo(new BigDecimal("1.6300"));
    }

    @Test
    void aSheetWithoutTotalRowSaysSo() throws Exception {
        change(filled, wb -> cell(wb.getSheetAt(0), "A9").setBlank());
        assertThat(read(filled).problems()).extracting(Object::toString)
                .contains("A9：这一行填了数字，但没有单位名称", "A6：找不到“合计”行：标准表格在各单位行下面有一行“合计”");
    }

    private interface Change {
        void apply(Workbook wb) throws Exception;
    }

    private static void change(Path file, Change change) throws Exception {
        try (Workbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            change.apply(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static Cell cell(Sheet s, String ref) {
        CellReference r = new CellReference(ref);
        Row row = s.getRow(r.getRow()) == null ? s.createRow(r.getRow()) : s.getRow(r.getRow());
        return row.getCell(r.getCol()) == null ? row.createCell(r.getCol()) : row.getCell(r.getCol());
    }
}
