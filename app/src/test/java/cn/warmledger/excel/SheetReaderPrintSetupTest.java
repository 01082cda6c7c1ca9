package cn.warmledger.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.PrintLayout.PrintedPage;
import cn.warmledger.domain.SheetGrid;

/**
 * A template's print setup read back: the paper it names (A4, A3, B5, Letter; landscape) with its size, A4 and a
 * note for a paper we do not know, A4 when it names none; &F and &A of its footer; its hidden rows and columns.
 */
class SheetReaderPrintSetupTest {
    private static final double MM = 72 / 25.4;

    private static SheetGrid sheet(Consumer<XSSFSheet> setup) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = wb.createSheet("花名册");
            for (int r = 0; r < 3; r++) {
                sheet.createRow(r);
                for (int c = 0; c < 3; c++) {
                    sheet.getRow(r).createCell(c).setCellValue("R" + r + "C" + c);
                }
            }
            setup.accept(sheet);
            wb.write(out);
            return SheetReader.read(new ByteArrayInputStream(out.toByteArray()), "城关镇_花名册.xlsx");
        }
    }

    @Test
    void thePaperTheTemplateNamesIsThePaperPrinted() throws Exception {
        record Case(short code, String name, double width, double height) {
        }
        for (Case c : List.of(new Case((short) 9, "A4", 210, 297), new Case((short) 8, "A3", 297, 420),
                new Case((short) 13, "B5", 182, 257), new Case((short) 34, "B5", 176, 250),
                new Case((short) 1, "Letter", 215.9, 279.4), new Case((short) 11, "A5", 148, 210))) {
            SheetGrid grid = sheet(s -> {
                s.getPrintSetup().setPaperSize(c.code());
                s.getPrintSetup().setLandscape(true);
            });
            assertThat(grid.setup().paperName()).as("code %d", c.code()).isEqualTo(c.name());
            assertThat(grid.setup().paperWidth()).isCloseTo(c.width() * MM, Offset.offset(0.5));
            assertThat(grid.setup().paperHeight()).isCloseTo(c.height() * MM, Offset.offset(0.5));
            assertThat(grid.setup().paperLabel()).isEqualTo(c.name() + " 横向");
            assertThat(grid.setup().paperNote()).isEmpty();
            PrintedPage page = PrintLayout.layout(grid).get(0);
            assertThat(page.width()).as("landscape").isCloseTo(c.height() * MM, Offset.offset(0.5));
        }
    }

    @Test
    void anUnknownPaperPrintsOnA4AndSaysSo() throws Exception {
        SheetGrid unknown = sheet(s -> s.getPrintSetup().setPaperSize((short) 99));
        assertThat(unknown.setup().paperName()).isEqualTo("A4");
        assertThat(unknown.setup().paperWidth()).isCloseTo(210 * MM, Offset.offset(0.5));
        assertThat(unknown.setup().paperNote()).contains("模板的纸张大小无法识别（代码 99），按 A4 打印");
        assertThat(unknown.setup().paperLabel()).isEqualTo("A4 纵向");

        SheetGrid none = sheet(s -> { });
        assertThat(none.setup().paperName()).as("no paper named: A4, not the schema's Letter").isEqualTo("A4");
        assertThat(none.setup().paperNote()).isEmpty();
    }

    @Test
    void fileAndSheetNameCodesAndHiddenRowsAndColumns() throws Exception {
        SheetGrid grid = sheet(s -> {
            s.getFooter().setCenter("&F / &A / 第 &P 页");
            s.getHeader().setRight("打印于 &D &T");
            s.setColumnHidden(1, true);
            s.getRow(1).setZeroHeight(true);
        });
        PrintedPage page = PrintLayout.layout(grid, PrintLayout.MIN_POINTS, LocalDateTime.of(2026, 3, 8, 14, 30)).get(0);
        assertThat(page.footer().center()).isEqualTo("城关镇_花名册.xlsx / 花名册 / 第 1 页");
        assertThat(page.header().right()).isEqualTo("打印于 2026/3/8 14:30:00");
        assertThat(page.cells()).extracting(PrintLayout.PlacedCell::text)
                .containsExactlyInAnyOrder("R0C0", "R0C2", "R2C0", "R2C2");
    }
}
