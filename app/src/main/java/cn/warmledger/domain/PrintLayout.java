package cn.warmledger.domain;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a filled sheet into printed pages the way a spreadsheet prints it: the sheet's own zoom or fit-to-width,
 * its manual row breaks plus automatic ones when a page is full, its header rows repeated on every page, columns
 * wider than the paper on further pages, pages ordered down then over, the footer on every page; hidden rows and
 * columns left out. Rules of ours on top (docs/decisions/20-1, 20-2): when the zoom would shrink the smallest text
 * below {@link #MIN_POINTS}, the columns are split over pages at column-group boundaries (never inside a merged
 * header cell) instead; a split, ours or for width, repeats the first column (单位) unless the sheet names its own.
 */
public final class PrintLayout {
    /** The smallest printed text, in points. */
    public static final double MIN_POINTS = 7;

    private PrintLayout() {
    }

    /**
     * One cell as printed: its sheet position, its box on the paper (points, top-left origin), text and style, and
     * how far left and right its text may reach ({@code clipX}, {@code clipWidth}): over empty neighbours in its row,
     * never over a filled one or beyond the printable area.
     */
    public record PlacedCell(int row, int column, double x, double y, double width, double height, String text,
                             CellStyle style, double clipX, double clipWidth) {
    }

    /**
     * One printed page: paper size, the zoom its text is drawn at (a cell's font is {@code style.points * scale}),
     * its cells, and the resolved header and footer with where they go.
     */
    public record PrintedPage(int number, int count, double width, double height, double scale,
                              List<PlacedCell> cells, PageSetup.HeaderFooter header, double headerTop,
                              PageSetup.HeaderFooter footer, double footerBottom, double left, double right) {
    }

    public static List<PrintedPage> layout(SheetGrid grid) {
        return layout(grid, MIN_POINTS, LocalDateTime.now());
    }

    /** {@code now}: the date and time the header and footer print for {@code &D} and {@code &T}. */
    public static List<PrintedPage> layout(SheetGrid grid, double minPoints, LocalDateTime now) {
        if (grid.rows().isEmpty() || grid.columnCount() == 0) {
            return List.of();
        }
        PageSetup setup = grid.setup();
        double pw = setup.printableWidth();
        int[] repeat = setup.repeatFirstColumn() >= 0
                ? new int[] {setup.repeatFirstColumn(), setup.repeatLastColumn()} : null;
        // when the sheet repeats no columns of its own, a split repeats the first (单位, the row's label)
        int[] keep = repeat != null ? repeat : new int[] {0, 0};
        List<int[]> bands = ColumnBands.manual(grid);
        // the 7 pt rule: only the zoom's shrinking is undone; a sheet whose own font is smaller prints it at 100 %
        double legible = Math.min(1, minPoints / smallestFont(grid));
        double scale = scale(grid, bands, repeat, pw, setup.printableHeight(), legible);
        if (scale < legible - 1e-9) {
            List<int[]> split = ColumnBands.split(grid, bands, keep, pw / legible);
            if (split != null && split.size() > bands.size()) {
                bands = split;
                repeat = keep;
                scale = Math.min(1, pw / ColumnBands.widest(grid, bands, repeat));
            }
        }
        // columns wider than the paper at this zoom go on further pages, as a spreadsheet prints them, never cut off
        if (ColumnBands.widest(grid, bands, repeat) * scale > pw + 1e-6) {
            List<int[]> split = ColumnBands.split(grid, bands, keep, pw / scale);
            if (split != null) {
                bands = split;
                repeat = keep;
            }
        }
        List<List<Integer>> rowPages = rowPages(grid, setup.printableHeight() / scale);
        Map<Long, SheetGrid.Span> merged = mergeIndex(grid);
        int count = bands.size() * rowPages.size();
        List<PrintedPage> pages = new ArrayList<>();
        for (int[] band : bands) {
            List<Integer> columns = ColumnBands.columnsOf(grid, band, repeat);
            int repeatedLast = repeat != null && band[0] > repeat[1] ? repeat[1] : -1;
            for (List<Integer> rows : rowPages) {
                int number = pages.size() + 1;
                pages.add(new PrintedPage(number, count, setup.pageWidth(), setup.pageHeight(), scale,
                        place(grid, rows, columns, repeatedLast, scale, merged),
                        HeaderFooterCodes.resolve(setup.header(), number, count, now), setup.headerMargin(),
                        HeaderFooterCodes.resolve(setup.footer(), number, count, now),
                        setup.pageHeight() - setup.footerMargin(), setup.left(), setup.pageWidth() - setup.right()));
            }
        }
        return pages;
    }

    /**
     * The sheet's zoom. Fitting its rows onto N pages tall is given up where it would shrink text below legible:
     * splitting columns cannot help there, the rows flow onto further pages instead (docs/decisions/20-2).
     */
    private static double scale(SheetGrid grid, List<int[]> bands, int[] repeat, double pw, double ph,
                                double legible) {
        PageSetup setup = grid.setup();
        if (!setup.fitToPage()) {
            return setup.scale() > 0 ? setup.scale() / 100.0 : 1;
        }
        double s = 1;
        if (setup.fitWidth() > 0) {
            s = Math.min(s, setup.fitWidth() == 1 ? pw / ColumnBands.widest(grid, bands, repeat)
                    : pw * setup.fitWidth() / ColumnBands.width(grid, 0, grid.columnCount() - 1));
        }
        if (setup.fitHeight() > 0) {
            double total = grid.rowHeights().stream().mapToDouble(Double::doubleValue).sum();
            double tall = ph * setup.fitHeight() / total;
            if (tall >= legible - 1e-9) {
                s = Math.min(s, tall);
            }
        }
        return s;
    }

    /** The smallest font of a cell that prints text (hidden rows and columns print nothing). */
    static double smallestFont(SheetGrid grid) {
        double smallest = Double.MAX_VALUE;
        for (int r = 0; r < grid.rows().size(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                if (!grid.text(r, c).isBlank() && grid.rowHeights().get(r) > 0 && grid.columnPoints(c) > 0) {
                    smallest = Math.min(smallest, grid.style(r, c).points());
                }
            }
        }
        return smallest == Double.MAX_VALUE ? CellStyle.PLAIN.points() : smallest;
    }

    /** The rows of each page: manual breaks, automatic ones when {@code room} (sheet points) is full, headers repeated. */
    static List<List<Integer>> rowPages(SheetGrid grid, double room) {
        Set<Integer> manual = new HashSet<>(grid.pageBreaks());
        List<List<Integer>> pages = new ArrayList<>();
        List<Integer> page = new ArrayList<>();
        double used = 0;
        boolean body = false;
        for (int r = 0; r < grid.rows().size(); r++) {
            double h = grid.rowHeights().get(r);
            if (h <= 0) {
                continue;
            }
            if (body && used + h > room + 1e-6) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                body = false;
            }
            if (page.isEmpty() && !pages.isEmpty() && grid.repeatFirst() >= 0 && r > grid.repeatLast()) {
                for (int rr = grid.repeatFirst(); rr <= grid.repeatLast(); rr++) {
                    if (grid.rowHeights().get(rr) <= 0) {
                        continue;
                    }
                    page.add(rr);
                    used += grid.rowHeights().get(rr);
                }
            }
            page.add(r);
            used += h;
            body |= grid.repeatFirst() < 0 || r < grid.repeatFirst() || r > grid.repeatLast() || pages.isEmpty();
            if (manual.contains(r)) {
                pages.add(page);
                page = new ArrayList<>();
                used = 0;
                body = false;
            }
        }
        if (!page.isEmpty()) {
            pages.add(page);
        }
        return pages;
    }

    private static Map<Long, SheetGrid.Span> mergeIndex(SheetGrid grid) {
        Map<Long, SheetGrid.Span> index = new HashMap<>();
        for (SheetGrid.Span m : grid.merges()) {
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
                    index.put(key(r, c), m);
                }
            }
        }
        return index;
    }

    private static boolean empty(SheetGrid grid, Map<Long, SheetGrid.Span> merged, int row, int column) {
        return grid.text(row, column).isEmpty() && !merged.containsKey(key(row, column));
    }

    /** A merged cell's first column that is not hidden: where its text prints. */
    private static int firstShown(SheetGrid grid, SheetGrid.Span m) {
        for (int c = m.firstColumn(); c <= m.lastColumn(); c++) {
            if (grid.columnPoints(c) > 0) {
                return c;
            }
        }
        return m.firstColumn();
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /**
     * The page's cells. A merged cell's text prints on the page that holds its first column; where that column is
     * not there, or is only there as a repeated column while the merge reaches further (the title, the 填报单位
     * line), the page shows its borders only, so no text prints twice or squeezed into the repeated column.
     * Text that does not fit its cell may run on over empty neighbours in its row, as LibreOffice shows it, and is
     * clipped where a filled one (or the printable area) begins: the cell's clip box.
     */
    private static List<PlacedCell> place(SheetGrid grid, List<Integer> rows, List<Integer> columns, int repeatedLast,
                                          double scale, Map<Long, SheetGrid.Span> merged) {
        PageSetup setup = grid.setup();
        double[] xs = new double[columns.size() + 1];
        for (int i = 0; i < columns.size(); i++) {
            xs[i + 1] = xs[i] + grid.columnPoints(columns.get(i));
        }
        double[] ys = new double[rows.size() + 1];
        for (int i = 0; i < rows.size(); i++) {
            ys[i + 1] = ys[i] + grid.rowHeights().get(rows.get(i));
        }
        double x0 = setup.left() + (setup.centered() ? (setup.printableWidth() - xs[columns.size()] * scale) / 2 : 0);
        double y0 = setup.top();
        Set<Long> covered = new HashSet<>();
        List<PlacedCell> cells = new ArrayList<>();
        for (int ri = 0; ri < rows.size(); ri++) {
            for (int ci = 0; ci < columns.size(); ci++) {
                int r = rows.get(ri);
                int c = columns.get(ci);
                if (covered.contains(key(ri, ci))) {
                    continue;
                }
                SheetGrid.Span m = merged.get(key(r, c));
                int lastRi = ri;
                int lastCi = ci;
                if (m != null) {
                    while (lastRi + 1 < rows.size() && m.contains(rows.get(lastRi + 1), c)) {
                        lastRi++;
                    }
                    while (lastCi + 1 < columns.size() && m.contains(r, columns.get(lastCi + 1))) {
                        lastCi++;
                    }
                    for (int a = ri; a <= lastRi; a++) {
                        for (int b = ci; b <= lastCi; b++) {
                            covered.add(key(a, b));
                        }
                    }
                }
                int ar = m == null ? r : m.firstRow();
                int ac = m == null ? c : m.firstColumn();
                int shown = m == null ? c : firstShown(grid, m);
                boolean owner = m == null
                        || columns.contains(shown) && (shown > repeatedLast || m.lastColumn() <= repeatedLast);
                String text = owner ? grid.text(ar, ac) : "";
                CellStyle style = grid.style(ar, ac);
                if (text.isEmpty() && style.borders() == 0) {
                    continue;
                }
                double x = x0 + xs[ci] * scale;
                double right = x0 + xs[lastCi + 1] * scale;
                double clipX = x;
                double clipRight = right;
                if (m == null && !style.wrap() && !text.isEmpty()) {
                    int k = ci;
                    while (k > 0 && empty(grid, merged, r, columns.get(k - 1))) {
                        k--;
                    }
                    clipX = x0 + xs[k] * scale;
                    k = ci + 1;
                    while (k < columns.size() && empty(grid, merged, r, columns.get(k))) {
                        k++;
                    }
                    clipRight = x0 + xs[k] * scale;
                }
                clipX = Math.max(clipX, setup.left());
                clipRight = Math.min(clipRight, setup.pageWidth() - setup.right());
                cells.add(new PlacedCell(ar, ac, x, y0 + ys[ri] * scale, right - x,
                        (ys[lastRi + 1] - ys[ri]) * scale, text, style, clipX, Math.max(0, clipRight - clipX)));
            }
        }
        return cells;
    }
}
