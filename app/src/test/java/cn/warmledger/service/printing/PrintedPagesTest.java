package cn.warmledger.service.printing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.CellStyle;
import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.PrintLayout.PlacedCell;
import cn.warmledger.domain.PrintLayout.PrintedPage;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;

/**
 * The printed pages against the exported .xlsx itself (read here with POI, not through the app's reader): the
 * same rows on each page as the file's page breaks, the same texts, bold and alignment per cell, the file's row
 * heights, 本页小计 on every page, 合计 and 大写 on the last; the 统计表 never below 7 pt; the PDF the printer
 * gets holds the text as text.
 */
class PrintedPagesTest {
    @TempDir
    Path dir;

    private SheetGrid export(ReportRequest request, Path xlsx) {
        try (AppContext ctx = TestApp.open(dir)) {
            ctx.reports().export(request, xlsx, Progress.none());
            return ctx.reports().preview(xlsx);
        }
    }

    @Test
    void rosterPagesAreTheExportedSheetsPages() throws Exception {
        TestApp.open(dir).close();
        long campaign = ReportFixture.largeCampaign(dir, 40);
        Path xlsx = dir.resolve("roster.xlsx");
        List<PrintedPage> pages = PrintLayout.layout(export(ReportRequest.roster(campaign, null, false), xlsx));

        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int[] breaks = sheet.getRowBreaks();
            assertThat(breaks).hasSize(2);
            assertThat(pages).hasSize(3);
            int header = sheet.getRepeatingRows().getFirstRow();
            int start = 0;
            for (int p = 0; p < pages.size(); p++) {
                PrintedPage page = pages.get(p);
                int end = p < breaks.length ? breaks[p] : sheet.getLastRowNum();
                List<Integer> expected = new ArrayList<>();
                if (p > 0) {
                    expected.add(header);
                }
                for (int r = start; r <= end; r++) {
                    if (!rowText(sheet.getRow(r)).isEmpty()) {
                        expected.add(r);
                    }
                }
                Map<Integer, List<PlacedCell>> byRow = page.cells().stream().filter(c -> !c.text().isEmpty())
                        .collect(Collectors.groupingBy(PlacedCell::row, TreeMap::new, Collectors.toList()));
                assertThat(byRow.keySet()).as("rows of page %d", p + 1).containsExactlyElementsOf(expected);
                for (var e : byRow.entrySet()) {
                    Row row = sheet.getRow(e.getKey());
                    String printed = e.getValue().stream().sorted(Comparator.comparingDouble(PlacedCell::x))
                            .map(PlacedCell::text).collect(Collectors.joining("|"));
                    assertThat(printed).as("row %d", e.getKey()).isEqualTo(rowText(row));
                    for (PlacedCell c : e.getValue()) {
                        Cell cell = row.getCell(c.column());
                        var font = wb.getFontAt(cell.getCellStyle().getFontIndex());
                        assertThat(c.style().bold()).as("bold of %s", c.text()).isEqualTo(font.getBold());
                        assertThat(c.style().points()).isEqualTo(font.getFontHeightInPoints());
                        assertThat(c.style().align()).as("alignment of %s", c.text())
                                .isEqualTo(align(cell.getCellStyle().getAlignment()));
                    }
                    PlacedCell first = e.getValue().get(0);
                    double rows = page.cells().stream().filter(c -> c.row() == first.row() && c.column() == first.column())
                            .count();
                    assertThat(rows).isEqualTo(1);
                }
                // the file's row heights, zoomed
                PlacedCell line = page.cells().stream().filter(c -> c.text().startsWith("职工")).findFirst().orElseThrow();
                assertThat(line.height() / page.scale()).isCloseTo(sheet.getRow(line.row()).getHeightInPoints(),
                        org.assertj.core.data.Offset.offset(0.01));
                assertThat(texts(page)).contains("本页小计");
                assertThat(page.footer().center()).isEqualTo("第 " + (p + 1) + " 页 共 3 页");
                assertThat(page.cells()).allSatisfy(c -> assertThat(c.style().points() * page.scale())
                        .isGreaterThanOrEqualTo(PrintLayout.MIN_POINTS));
                start = end + 1;
            }
        }
        assertThat(texts(pages.get(0))).anyMatch(t -> t.startsWith("大花名册慰问金发放花名册"))
                .anyMatch(t -> t.startsWith("填报单位（盖章）：城关镇总工会"));
        assertThat(texts(pages.get(2))).contains("合计（共 40 人）", "合计金额（大写）：肆仟元整", "4000.00")
                .filteredOn("1000.00"::equals).hasSize(1);
        assertThat(texts(pages.get(1))).doesNotContain("合计（共 40 人）");
        PlacedCell money = pages.get(0).cells().stream().filter(c -> c.text().equals("100.00")).findFirst().orElseThrow();
        assertThat(money.style().align()).isEqualTo(CellStyle.Align.RIGHT);
        PlacedCell subtotal = pages.get(0).cells().stream().filter(c -> c.text().equals("本页小计")).findFirst().orElseThrow();
        assertThat(subtotal.style().align()).isEqualTo(CellStyle.Align.CENTER);
        assertThat(subtotal.style().bold()).isTrue();
    }

    @Test
    void pdfForThePrinterHoldsTheTextAsText() throws Exception {
        TestApp.open(dir).close();
        long campaign = ReportFixture.largeCampaign(dir, 40);
        SheetGrid grid = export(ReportRequest.roster(campaign, null, false), dir.resolve("roster.xlsx"));
        byte[] pdf = new PrinterService().pdf(grid, "慰问金发放花名册");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper strip = new PDFTextStripper();
            for (int p = 1; p <= 3; p++) {
                strip.setStartPage(p);
                strip.setEndPage(p);
                String text = strip.getText(doc).replaceAll("\\s+", "");
                assertThat(text).contains("本页小计", "第" + p + "页共3页", "领取人签字");
            }
            strip.setStartPage(1);
            strip.setEndPage(1);
            assertThat(strip.getText(doc).replaceAll("\\s+", "")).contains("职工00000", "职工00014").doesNotContain("职工00015");
            strip.setStartPage(3);
            strip.setEndPage(3);
            assertThat(strip.getText(doc).replaceAll("\\s+", "")).contains("职工00039", "合计金额（大写）：肆仟元整");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isLessThan(doc.getPage(0).getMediaBox().getHeight());
        }
    }

    @Test
    void warmthStatisticsSplitTheColumnGroupsRatherThanPrintBelowSevenPoints() throws Exception {
        TestApp.open(dir).close();
        ReportFixture f = ReportFixture.load(dir);
        Path xlsx = dir.resolve("warmth.xlsx");
        SheetGrid grid = export(ReportRequest.warmthStats(f.campaign), xlsx);
        assertThat(grid.setup().fitToPage()).as("the file itself stays one page wide").isTrue();
        List<PrintedPage> pages = PrintLayout.layout(grid);
        assertThat(pages).hasSize(2);
        assertThat(pages.get(0).width()).isGreaterThan(pages.get(0).height());
        List<Integer> seen = new ArrayList<>();
        for (PrintedPage page : pages) {
            assertThat(page.cells()).allSatisfy(c -> assertThat(c.style().points() * page.scale())
                    .isGreaterThanOrEqualTo(PrintLayout.MIN_POINTS));
            assertThat(page.cells().stream().map(PlacedCell::x).min(Double::compare).orElseThrow())
                    .isGreaterThanOrEqualTo(grid.setup().left() - 0.01);
            assertThat(page.cells().stream().mapToDouble(c -> c.x() + c.width()).max().orElseThrow())
                    .isLessThanOrEqualTo(page.width() - grid.setup().right() + 0.01);
            // 单位 and 合计 on every page
            assertThat(texts(page)).contains("单位", "合计", "城关镇机关工会");
            page.cells().stream().filter(c -> c.row() >= grid.repeatFirst()).map(PlacedCell::column)
                    .filter(c -> c > 0).distinct().forEach(seen::add);
            // a merged header cell is never cut between pages
            for (SheetGrid.Span m : grid.merges()) {
                if (m.firstRow() >= grid.repeatFirst() && m.lastRow() <= grid.repeatLast()) {
                    boolean anchor = page.cells().stream().anyMatch(c -> c.row() == m.firstRow()
                            && c.column() == m.firstColumn());
                    long columnsHere = page.cells().stream().filter(c -> c.row() > grid.repeatLast())
                            .map(PlacedCell::column).filter(c -> c >= m.firstColumn() && c <= m.lastColumn()).distinct()
                            .count();
                    assertThat(columnsHere).isIn(0L, anchor ? (long) (m.lastColumn() - m.firstColumn() + 1) : 0L);
                }
            }
        }
        assertThat(seen).as("every column printed once").hasSize(grid.columnCount() - 1).doesNotHaveDuplicates();
        assertThat(texts(pages.get(0))).anyMatch(t -> t.endsWith("各级工会送温暖统计表"));
        assertThat(texts(pages.get(0))).anyMatch(t -> t.startsWith("填报单位（盖章）："));
        assertThat(texts(pages.get(1))).noneMatch(t -> t.startsWith("填报单位（盖章）："));
        // the title and 填报单位 line: each part printed once, on the page of its first column, never squeezed
        List<String> all = pages.stream().flatMap(p -> texts(p).stream()).toList();
        for (String part : List.of("各级工会送温暖统计表", "填报单位（盖章）：", "填报人：", "联系电话：", "填报日期：", "说明：")) {
            assertThat(all.stream().filter(t -> t.contains(part))).as(part).hasSize(1);
        }
        assertThat(texts(pages.get(1))).anyMatch(t -> t.startsWith("填报日期："));
    }

    @Test
    void withoutLprNothingIsSentAndTheClerkIsToldWhy() throws Exception {
        TestApp.open(dir).close();
        ReportFixture f = ReportFixture.load(dir);
        SheetGrid grid = export(ReportRequest.roster(f.campaign, null, false), dir.resolve("r.xlsx"));
        PrinterService printing = new PrinterService(dir.resolve("no-such-lpr"));
        assertThatThrownBy(() -> printing.print(grid, null, 1, "慰问金发放花名册"))
                .isInstanceOf(PrintFailedException.class)
                .hasMessageContaining("没有找到打印命令 lpr").hasMessageContaining("请安装 cups-bsd");
        assertThatThrownBy(() -> printing.print(grid, null, 0, "慰问金发放花名册"))
                .hasMessage("份数：应为 1 至 99");
        assertThatThrownBy(() -> printing.print(null, null, 1, "慰问金发放花名册"))
                .hasMessageContaining("没有可打印的内容");
    }

    @Test
    void theJava2dPagesForPrintersWithoutPdfAreTheSamePages() throws Exception {
        TestApp.open(dir).close();
        ReportFixture f = ReportFixture.load(dir);
        SheetGrid grid = export(ReportRequest.warmthStats(f.campaign), dir.resolve("w.xlsx"));
        List<PrintedPage> pages = PrintLayout.layout(grid);
        java.awt.print.Book book = Graphics2DPages.book(pages);
        assertThat(book.getNumberOfPages()).isEqualTo(pages.size()).isEqualTo(2);
        for (int i = 0; i < pages.size(); i++) {
            java.awt.print.PageFormat format = book.getPageFormat(i);
            assertThat(format.getOrientation()).isEqualTo(java.awt.print.PageFormat.LANDSCAPE);
            assertThat(format.getWidth()).isCloseTo(pages.get(i).width(), org.assertj.core.data.Offset.offset(0.01));
            java.awt.image.BufferedImage paper = new java.awt.image.BufferedImage((int) format.getWidth(),
                    (int) format.getHeight(), java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = paper.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, paper.getWidth(), paper.getHeight());
            assertThat(book.getPrintable(i).print(g, format, i)).isEqualTo(java.awt.print.Printable.PAGE_EXISTS);
            g.dispose();
            // ink where the first cell is, none in the left margin
            PlacedCell first = pages.get(i).cells().get(0);
            assertThat(dark(paper, (int) first.x(), (int) first.y(), (int) (first.x() + first.width()),
                    (int) (first.y() + first.height()))).isPositive();
            assertThat(dark(paper, 0, 0, (int) grid.setup().left() - 2, paper.getHeight())).isZero();
        }
    }

    private static int dark(java.awt.image.BufferedImage image, int x1, int y1, int x2, int y2) {
        int n = 0;
        for (int x = Math.max(0, x1); x < Math.min(image.getWidth(), x2 + 1); x++) {
            for (int y = Math.max(0, y1); y < Math.min(image.getHeight(), y2 + 1); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void wrapsBetweenChineseCharactersAndKeepsNumbersWhole() {
        PageCanvas oneEach = new PageCanvas() {
            @Override
            public double width(String text, double size, boolean bold) {
                return text.codePointCount(0, text.length());
            }

            @Override
            public double ascent(double size) {
                return size;
            }

            @Override
            public double lineHeight(double size) {
                return size;
            }

            @Override
            public void text(String text, double x, double baseline, double size, boolean bold) {
            }

            @Override
            public void line(double x1, double y1, double x2, double y2) {
            }
        };
        assertThat(PageDrawer.wrap("职工00030", 5, 10, false, oneEach)).containsExactly("职工", "00030");
        assertThat(PageDrawer.wrap("困难职工/深度困难", 7, 10, false, oneEach)).containsExactly("困难职工/深度", "困难");
        assertThat(PageDrawer.wrap("合计 4000.00 元", 8, 10, false, oneEach)).containsExactly("合计", "4000.00", "元");
        assertThat(PageDrawer.wrap("1234567890", 4, 10, false, oneEach)).containsExactly("1234", "5678", "90");
        assertThat(PageDrawer.wrap("甲\n乙", 5, 10, false, oneEach)).containsExactly("甲", "乙");
    }

    @Test
    void theJava2dPagesDrawChineseDigitsAndLettersUnderAChineseLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        try {
            String family = PrintFonts.family();
            assertThat(new java.awt.Font(family, java.awt.Font.PLAIN, 10).canDisplayUpTo("职工00030 本页小计 4000.00 AnsiA"))
                    .as(family).isEqualTo(-1);
        } finally {
            Locale.setDefault(before);
        }
    }

    private static List<String> texts(PrintedPage page) {
        return page.cells().stream().map(PlacedCell::text).filter(t -> !t.isEmpty()).toList();
    }

    private static CellStyle.Align align(HorizontalAlignment a) {
        return switch (a) {
            case CENTER -> CellStyle.Align.CENTER;
            case RIGHT -> CellStyle.Align.RIGHT;
            default -> CellStyle.Align.LEFT;
        };
    }

    /** The row's non-empty texts as the file shows them, formulas by their cached values. */
    private static String rowText(Row row) {
        if (row == null) {
            return "";
        }
        DataFormatter f = new DataFormatter(Locale.SIMPLIFIED_CHINESE);
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            String t = cell.getCellType() == CellType.FORMULA
                    ? String.format("%.2f", cell.getNumericCellValue()) : f.formatCellValue(cell);
            if (!t.isEmpty()) {
                texts.add(t);
            }
        }
        return String.join("|", texts);
    }
}
