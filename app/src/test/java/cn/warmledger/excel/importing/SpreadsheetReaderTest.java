package cn.warmledger.excel.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestIds;
import cn.warmledger.service.imports.ImportFixtures;

class SpreadsheetReaderTest {
    @TempDir
    Path dir;

    @Test
    void theStreamingReaderSeesWhatPoisUserModelSees() throws Exception {
        Path file = ImportFixtures.realSheet(dir);
        assertThat(StreamingXlsxReader.sheets(file)).isEqualTo(WorkbookReader.sheets(file));
        SheetData streamed = StreamingXlsxReader.read(file, null);
        SheetData model = WorkbookReader.read(file, null);
        assertThat(streamed).isEqualTo(model);
        assertThat(streamed.sheetName()).isEqualTo("困难职工");
        assertThat(streamed.rows()).hasSize(20);
        RawRow title = streamed.rows().get(0);
        assertThat(title.cell(5)).isEqualTo(new RawCell("城关镇2021年元旦春节困难职工花名册", null, null, true));
        assertThat(streamed.rows().get(5).cell(6).text()).as("merged down").isEqualTo("合肥热电集团");
        RawCell id = streamed.rows().get(9).cell(3);
        assertThat(id.text()).isEqualTo("3.40102E+17");
        assertThat(id.isNumeric()).isTrue();
        assertThat(streamed.rows().get(7).cell(4).date()).hasToString("1949-12-31");
        assertThat(StreamingXlsxReader.read(file, "旧名单").rows()).hasSize(1);
    }

    @Test
    void formulasGiveTheirCachedResult() throws Exception {
        Path file = dir.resolve("f.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("名单");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue(TestIds.MALE_1980.substring(0, 9));
            r.createCell(1).setCellValue(TestIds.MALE_1980.substring(9));
            r.createCell(2).setCellFormula("A1&B1");
            r.createCell(3).setCellValue(600);
            r.createCell(4).setCellFormula("D1*2");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        RawRow row = SpreadsheetReader.read(file, null).rows().get(0);
        assertThat(row.text(2)).isEqualTo(TestIds.MALE_1980);
        assertThat(row.cell(4).number()).isEqualTo(1200d);
        assertThat(WorkbookReader.read(file, null).rows().get(0)).isEqualTo(row);
    }

    /**
     * A valid workbook whose one note is 32,767 "&" (Excel's longest cell) inflates 300-fold and trips POI's
     * zip-bomb guard: the message says so, and does not call the file damaged.
     */
    @Test
    void aLongRepeatedTextIsNamedForWhatItIsNotCalledDamaged() throws Exception {
        Path file = dir.resolve("长备注.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("名单");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("姓名");
            h.createCell(1).setCellValue("备注");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("张三");
            r.createCell(1).setCellValue("&".repeat(32_767));
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        assertThatThrownBy(() -> SpreadsheetReader.read(file, null))
                .isInstanceOf(cn.warmledger.domain.InvalidValueException.class)
                .hasMessageContaining("长备注.xlsx").hasMessageContaining("压缩得异常紧密")
                .hasMessageContaining("缩短").hasMessageNotContaining("已损坏");
    }
}
