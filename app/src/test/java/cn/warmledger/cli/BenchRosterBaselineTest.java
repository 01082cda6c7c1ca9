package cn.warmledger.cli;

import static cn.warmledger.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;

/**
 * The bench's bare 花名册 is a fair counterpart: the sheet plain SXSSF writes holds the same rows, cells, values,
 * styles, row heights, merges and page breaks as the app's export from its template, so roster_xlsx_ms's ratio
 * measures only what the template costs.
 */
class BenchRosterBaselineTest {
    @TempDir
    Path dir;

    @Test
    void bareRosterIsTheSameSheetAsTheAppsCellByCell() throws Exception {
        Path keep = dir.resolve("county");
        Result r = run("--data-dir", dir.resolve("data").toString(), "bench", "--recipients", "1000", "--visits", "2000",
                "--runs", "1", "--only", "roster", "--keep", keep.toString());
        assertThat(r.code()).as(r.err()).isZero();

        try (XSSFWorkbook app = read(keep.resolve("roster-app.xlsx"));
             XSSFWorkbook bare = read(keep.resolve("roster-bare.xlsx"))) {
            XSSFSheet a = app.getSheetAt(0);
            XSSFSheet b = bare.getSheetAt(0);
            assertThat(b.getSheetName()).isEqualTo(a.getSheetName());
            assertThat(b.getLastRowNum()).isEqualTo(a.getLastRowNum()).isGreaterThan(400);
            assertThat(b.getRowBreaks()).containsExactly(a.getRowBreaks());
            assertThat(b.getMergedRegions()).containsExactlyInAnyOrderElementsOf(a.getMergedRegions());
            assertThat(b.getRepeatingRows()).isEqualTo(a.getRepeatingRows());
            for (int c = 0; c < 10; c++) {
                assertThat(b.getColumnWidth(c)).as("width %d", c).isEqualTo(a.getColumnWidth(c));
            }
            List<String> differences = new ArrayList<>();
            for (int i = 0; i <= a.getLastRowNum(); i++) {
                Row ra = a.getRow(i);
                Row rb = b.getRow(i);
                if (ra == null || rb == null) {
                    if (ra != rb) {
                        differences.add("row " + i);
                    }
                    continue;
                }
                if (ra.getHeight() != rb.getHeight()) {
                    differences.add("height of row " + i);
                }
                for (int c = 0; c < 10; c++) {
                    String ca = describe(ra.getCell(c));
                    String cb = describe(rb.getCell(c));
                    if (!ca.equals(cb)) {
                        differences.add(i + "," + c + ": " + ca + " / " + cb);
                    }
                }
            }
            assertThat(differences).isEmpty();
        }
    }

    private static XSSFWorkbook read(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Type, value (formula with its cached value) and the style's look. */
    private static String describe(Cell cell) {
        if (cell == null) {
            return "none";
        }
        String value = switch (cell.getCellType()) {
            case STRING -> "text " + cell.getStringCellValue();
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case FORMULA -> "formula " + cell.getCellFormula() + " = " + cell.getNumericCellValue();
            default -> cell.getCellType().toString();
        };
        XSSFCellStyle s = (XSSFCellStyle) cell.getCellStyle();
        XSSFFont f = s.getFont();
        return value + " | " + f.getFontName() + " " + f.getFontHeightInPoints() + (f.getBold() ? " bold" : "") + " "
                + s.getAlignment() + " " + s.getVerticalAlignment() + " wrap " + s.getWrapText() + " "
                + s.getDataFormatString() + " " + s.getBorderTop() + s.getBorderBottom() + s.getBorderLeft()
                + s.getBorderRight();
    }
}
