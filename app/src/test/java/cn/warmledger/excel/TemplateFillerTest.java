package cn.warmledger.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.warmledger.domain.Progress;
import cn.warmledger.domain.InvalidValueException;

/** The engine alone, on templates built in memory: edge cases the built-in layouts do not reach. */
class TemplateFillerTest {

    static byte[] template(String... cells) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("t");
            for (int i = 0; i < cells.length; i += 2) {
                var ref = new org.apache.poi.ss.util.CellReference(cells[i]);
                var row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
                row.createCell(ref.getCol()).setCellValue(cells[i + 1]);
            }
            s.addMergedRegion(CellRangeAddress.valueOf("A6:C6"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static ReportData data(List<Map<String, Object>> rows, int perPage) {
        return new ReportData(Map.of("title", "标题", "n", 7), Map.of("p", Set.of("name", "cash")), Map.of("p", rows),
                perPage);
    }

    static XSSFSheet fill(byte[] template, ReportData data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateFiller.fill(new ByteArrayInputStream(template), data, out, Progress.none());
        InputStream in = new ByteArrayInputStream(out.toByteArray());
        return new XSSFWorkbook(in).getSheetAt(0);
    }

    @Test
    void emptyListMovesTheRowsBelowUp() throws IOException {
        byte[] t = template("A1", "${title}", "A2", "${p.name}", "B2", "${p.cash}", "B3", "${pagesum(p.cash)}",
                "A4", "合计", "B4", "${sum(p.cash)}", "A6", "尾注 ${n}");
        XSSFSheet s = fill(t, data(List.of(), 2));
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(s.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isZero();
        assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("尾注 7");
        assertThat(s.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A4:C4"));
    }

    @Test
    void pagesOfTwoWithSubtotalsAndShiftedMerges() throws IOException {
        byte[] t = template("A1", "${title}", "A2", "${p.name}", "B2", "${p.cash}", "B3", "${pagesum(p.cash)}",
                "A4", "合计", "B4", "${sum(p.cash)}", "A6", "尾注");
        List<Map<String, Object>> rows = List.of(Map.of("name", "甲", "cash", new BigDecimal("1.10")),
                Map.of("name", "乙", "cash", new BigDecimal("2.20")), Map.of("name", "丙", "cash", 3));
        XSSFSheet s = fill(t, data(rows, 2));
        // 甲 乙 小计 | 丙 小计 | 合计
        assertThat(s.getRow(3).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B3)");
        assertThat(s.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("丙");
        assertThat(s.getRow(5).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B5:B5)");
        assertThat(s.getRow(6).getCell(1).getCellFormula()).isEqualTo("SUBTOTAL(9,B2:B6)");
        assertThat(s.getRow(6).getCell(1).getNumericCellValue()).isEqualTo(6.3, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(s.getRowBreaks()).containsExactly(3);
        assertThat(s.getMergedRegions()).containsExactly(CellRangeAddress.valueOf("A9:C9"));
    }

    @Test
    void valuesOnlyTemplate() throws IOException {
        XSSFSheet s = fill(template("C3", "${n}", "D3", "共 ${n} 人"), data(List.of(), 0));
        assertThat(s.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(7.0);
        assertThat(s.getRow(2).getCell(3).getStringCellValue()).isEqualTo("共 7 人");
    }

    @Test
    void refusesBrokenMarkersNamingTheCell() throws IOException {
        assertThatThrownBy(() -> TemplateFiller.check(new ByteArrayInputStream(template("D9", "${title")),
                data(List.of(), 0))).isInstanceOf(InvalidValueException.class).hasMessage("D9：标记缺少右括号 }");
        assertThatThrownBy(() -> TemplateFiller.check(new ByteArrayInputStream(
                template("A2", "${p.name}", "A3", "${p.cash}")), data(List.of(), 0)))
                .hasMessage("A3：明细字段只能放在同一行（第 2 行已有明细字段）");
        assertThatThrownBy(() -> TemplateFiller.check(new ByteArrayInputStream(template("A2", "${sum(title)}")),
                data(List.of(), 0))).hasMessageStartingWith("A2：求和只能用于明细字段");
    }

    /**
     * A template saved by a tool that writes inline strings (POI's own SXSSF, several exporters): text with a
     * marker inside it, and a marker alone, are filled, not printed as ${…}; so are the printed page header
     * and footer.
     */
    @Test
    void markersInsideTextOfInlineStringsAndPageHeadersAreFilled() throws IOException {
        byte[] t;
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook()) {
            var s = wb.createSheet("t");
            s.createRow(0).createCell(0).setCellValue("${title}慰问情况汇总");
            s.createRow(1).createCell(0).setCellValue("报送单位：${title}");
            s.getRow(1).createCell(1).setCellValue("${n}");
            var detail = s.createRow(3);
            detail.createCell(0).setCellValue("${p.name}");
            detail.createCell(1).setCellValue("${p.cash}");
            s.createRow(5).createCell(0).setCellValue("共 ${n} 人，${title}");
            s.getHeader().setCenter("${title} & 第 &P 页");
            s.getFooter().setLeft("报送单位：${title}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            t = out.toByteArray();
        }
        try (XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(t))) {
            assertThat(template.getSheetAt(0).getRow(1).getCell(0).getCTCell().getT())
                    .isEqualTo(org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType.INLINE_STR);
        }
        XSSFSheet s = fill(t, data(List.of(Map.of("name", "甲", "cash", new BigDecimal("1.5"))), 0));
        assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("标题慰问情况汇总");
        assertThat(s.getRow(1).getCell(0).getStringCellValue()).isEqualTo("报送单位：标题");
        assertThat(s.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(7.0);
        assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("甲");
        assertThat(s.getRow(5).getCell(0).getStringCellValue()).isEqualTo("共 7 人，标题");
        assertThat(s.getHeader().getCenter()).isEqualTo("标题 & 第 &P 页");
        assertThat(s.getFooter().getLeft()).isEqualTo("报送单位：标题");
        // filling the bands must not switch on separate first/even pages, whose empty bands would print nothing
        var bands = s.getCTWorksheet().getHeaderFooter();
        assertThat(bands.getDifferentFirst()).as("different first page").isFalse();
        assertThat(bands.getDifferentOddEven()).as("different even pages").isFalse();
        for (var row : s) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    assertThat(cell.getStringCellValue()).doesNotContain("${");
                }
            }
        }
    }

    @Test
    void aListFieldInThePageHeaderIsRefused() throws IOException {
        byte[] t;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("t");
            s.createRow(1).createCell(0).setCellValue("${p.name}");
            s.getHeader().setRight("${p.name}");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            t = out.toByteArray();
        }
        assertThatThrownBy(() -> TemplateFiller.check(new ByteArrayInputStream(t), data(List.of(), 0)))
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("页眉：页眉、页脚里只能用表头字段");
    }
}
