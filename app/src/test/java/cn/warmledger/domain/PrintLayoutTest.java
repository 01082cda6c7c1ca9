package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import cn.warmledger.domain.PrintLayout.PlacedCell;
import cn.warmledger.domain.PrintLayout.PrintedPage;

/**
 * The page layout on sheets built here: an own template wider than the paper prints its columns on further pages
 * (first column repeated), the 7 pt rule splits only what the zoom shrank, hidden rows and columns print nothing,
 * overflowing text is clipped where a filled neighbour begins, the header and footer codes print what they stand for.
 */
class PrintLayoutTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 2, 9, 5);

    /** {@code rows} of texts, every column {@code chars} wide, rows 15 pt, 11 pt text, the given setup. */
    private static SheetGrid grid(List<List<String>> rows, List<Double> widths, List<Double> heights, PageSetup setup,
                                  double points) {
        CellStyle style = new CellStyle("宋体", points, false, CellStyle.Align.LEFT, CellStyle.VAlign.BOTTOM, false, 15);
        List<List<CellStyle>> styles = new ArrayList<>();
        for (List<String> row : rows) {
            styles.add(new ArrayList<>(Collections.nCopies(row.size(), style)));
        }
        return new SheetGrid(rows, styles, widths, heights, List.of(), List.of(), -1, -1, setup);
    }

    private static List<List<String>> table(int rows, int columns) {
        List<List<String>> t = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                row.add(c == 0 ? "单位" + r : "R" + r + "C" + c);
            }
            t.add(row);
        }
        return t;
    }

    private static PageSetup fitToWidth(PageSetup s) {
        return fitTo(s, 0);
    }

    /** Fit to one page wide and {@code tall} pages tall (0: as many as it takes). */
    private static PageSetup fitTo(PageSetup s, int tall) {
        return new PageSetup(s.paperWidth(), s.paperHeight(), s.landscape(), s.top(), s.bottom(), s.left(), s.right(),
                s.headerMargin(), s.footerMargin(), 100, true, 1, tall, false, s.header(), s.footer(), -1, -1, List.of(),
                "A4", 0);
    }

    private static List<String> texts(PrintedPage page) {
        return page.cells().stream().map(PlacedCell::text).filter(t -> !t.isEmpty()).toList();
    }

    @Test
    void anOwnTemplateWiderThanThePaperPrintsItsColumnsOnFurtherPagesWithTheFirstRepeated() {
        PageSetup a4 = PageSetup.a4(false);
        // 12 columns of 10 characters: 670 pt on 494 pt of paper, at the template's own 100 %
        SheetGrid grid = grid(table(3, 12), Collections.nCopies(12, 10.0), Collections.nCopies(3, 15.0), a4, 11);
        List<PrintedPage> pages = PrintLayout.layout(grid, PrintLayout.MIN_POINTS, NOW);

        assertThat(pages).hasSize(2);
        List<Integer> printed = new ArrayList<>();
        for (PrintedPage page : pages) {
            assertThat(page.scale()).isEqualTo(1.0);
            assertThat(page.cells()).allSatisfy(c -> {
                assertThat(c.x()).isGreaterThanOrEqualTo(a4.left() - 0.01);
                assertThat(c.x() + c.width()).as("cell %s", c.text()).isLessThanOrEqualTo(page.right() + 0.01);
            });
            assertThat(texts(page)).as("单位 on every page").contains("单位0", "单位2");
            page.cells().stream().map(PlacedCell::column).filter(c -> c > 0).distinct().forEach(printed::add);
        }
        assertThat(printed).as("every column once").containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        assertThat(pages.get(1).cells().get(0).text()).isEqualTo("单位0");
    }

    @Test
    void theSevenPointRuleSplitsOnlyWhatTheZoomShrank() {
        PageSetup fit = fitToWidth(PageSetup.a4(false));
        // 8 columns of 10 characters (447 pt) fit the paper at 100 %; its own 6 pt text is not the zoom's doing
        SheetGrid narrow = grid(table(3, 8), Collections.nCopies(8, 10.0), Collections.nCopies(3, 15.0), fit, 6);
        List<PrintedPage> one = PrintLayout.layout(narrow, PrintLayout.MIN_POINTS, NOW);
        assertThat(one).as("one page at 100 %, nothing to gain from a split").hasSize(1);
        assertThat(one.get(0).scale()).isEqualTo(1.0);

        // 20 columns fit to one page width would print 11 pt at 44 % (4.9 pt): split, never below 7 pt
        SheetGrid wide = grid(table(3, 20), Collections.nCopies(20, 10.0), Collections.nCopies(3, 15.0), fit, 11);
        List<PrintedPage> split = PrintLayout.layout(wide, PrintLayout.MIN_POINTS, NOW);
        assertThat(split).hasSizeGreaterThan(1);
        assertThat(split).allSatisfy(p -> assertThat(11 * p.scale()).isGreaterThanOrEqualTo(PrintLayout.MIN_POINTS));
    }

    @Test
    void fittingTooManyRowsOntoOnePageTallLetsThemFlowOntoFurtherPagesInstead() {
        PageSetup oneTall = fitTo(PageSetup.a4(false), 1);
        // 60 rows of 15 pt (900 pt) on 697 pt: 77 %, 8.5 pt text, still one page as the file asks
        SheetGrid fits = grid(table(60, 4), Collections.nCopies(4, 10.0), Collections.nCopies(60, 15.0), oneTall, 11);
        List<PrintedPage> one = PrintLayout.layout(fits, PrintLayout.MIN_POINTS, NOW);
        assertThat(one).hasSize(1);
        assertThat(one.get(0).scale()).isCloseTo(oneTall.printableHeight() / 900, Offset.offset(0.001));
        // 200 rows would need 23 %, 2.6 pt text: the rows flow onto further pages at the width's zoom (100 %)
        SheetGrid tall = grid(table(200, 4), Collections.nCopies(4, 10.0), Collections.nCopies(200, 15.0), oneTall, 11);
        List<PrintedPage> pages = PrintLayout.layout(tall, PrintLayout.MIN_POINTS, NOW);
        assertThat(pages).hasSizeGreaterThan(1).allSatisfy(p -> assertThat(p.scale()).isEqualTo(1.0));
        assertThat(pages.stream().mapToLong(p -> p.cells().stream().filter(c -> c.column() == 0).count()).sum())
                .as("every row printed once").isEqualTo(200);
    }

    @Test
    void hiddenColumnsAndRowsPrintNothing() {
        List<List<String>> rows = table(4, 4);
        rows.get(1).set(2, "隐藏列的字");
        rows.get(2).set(1, "隐藏行的字");
        List<Double> widths = List.of(10.0, 10.0, 0.0, 10.0);
        List<Double> heights = List.of(15.0, 15.0, 0.0, 15.0);
        SheetGrid grid = grid(rows, widths, heights, PageSetup.a4(false), 11);
        List<PrintedPage> pages = PrintLayout.layout(grid, PrintLayout.MIN_POINTS, NOW);

        assertThat(pages).hasSize(1);
        assertThat(texts(pages.get(0))).noneMatch(t -> t.startsWith("隐藏")).doesNotContain("单位2", "R0C2")
                .contains("单位3", "R0C3");
        PlacedCell c3 = pages.get(0).cells().stream().filter(c -> c.text().equals("R0C3")).findFirst().orElseThrow();
        PlacedCell c1 = pages.get(0).cells().stream().filter(c -> c.text().equals("R0C1")).findFirst().orElseThrow();
        assertThat(c3.x()).as("column D right after B").isCloseTo(c1.x() + c1.width(), Offset.offset(0.01));
    }

    @Test
    void textLongerThanItsCellRunsOnOverEmptyNeighboursOnlyAndNeverOffThePaper() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>(List.of("一段很长很长很长很长很长很长的说明文字", "填", "")));
        rows.add(new ArrayList<>(List.of("一段很长很长很长很长很长很长的说明文字", "", "填")));
        rows.add(new ArrayList<>(List.of("", "", "一段很长很长很长很长很长很长很长很长的说明文字")));
        SheetGrid grid = grid(rows, List.of(6.0, 6.0, 6.0), Collections.nCopies(3, 15.0), PageSetup.a4(false), 11);
        PrintedPage page = PrintLayout.layout(grid, PrintLayout.MIN_POINTS, NOW).get(0);
        List<PlacedCell> cells = page.cells();
        PlacedCell blocked = cells.stream().filter(c -> c.row() == 0 && c.column() == 0).findFirst().orElseThrow();
        assertThat(blocked.clipX()).isEqualTo(blocked.x());
        assertThat(blocked.clipWidth()).as("stops where 填 begins").isCloseTo(blocked.width(), Offset.offset(0.01));
        PlacedCell runsOn = cells.stream().filter(c -> c.row() == 1 && c.column() == 0).findFirst().orElseThrow();
        assertThat(runsOn.clipWidth()).as("over the empty B, up to C").isCloseTo(2 * runsOn.width(), Offset.offset(0.01));
        PlacedCell last = cells.stream().filter(c -> c.row() == 2 && c.column() == 2).findFirst().orElseThrow();
        assertThat(last.clipX()).as("over the empty A and B").isCloseTo(page.left(), Offset.offset(0.01));
        assertThat(last.clipX() + last.clipWidth()).as("never beyond the printable area")
                .isLessThanOrEqualTo(page.right() + 0.01);
    }

    @Test
    void headerAndFooterCodesPrintWhatTheyStandFor() {
        String footer = HeaderFooterCodes.withNames("&F·&A&&&\"宋体,加粗\"&12第 &P 页 共 &N 页 &D &T", "名单&1.xlsx",
                "花名册", "");
        assertThat(HeaderFooterCodes.resolve(footer, 2, 5, NOW))
                .isEqualTo("名单&1.xlsx·花名册&第 2 页 共 5 页 2026/12/2 09:05:00");
    }
}
