package cn.warmledger.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cuts a filled sheet into printed pages the way a spreadsheet prints it: the sheet's own zoom or fit-to-width,
 * its manual row breaks plus automatic ones when a page is full, its header rows repeated on every page, pages
 * ordered down then over, the footer on every page. One rule of ours on top (docs/decisions/20-1): when the zoom
 * would print the smallest text below {@link #MIN_POINTS}, the columns are split over pages at column-group
 * boundaries (never inside a merged header cell) with the first column (单位) repeated, so nothing prints smaller.
 */
public final class PrintLayout {
    /** The smallest printed text, in points. */
    public static final double MIN_POINTS = 7;

    private PrintLayout() {
    }

    /** One cell as printed: its sheet position, its box on the paper (points, top-left origin), text and style. */
    public record PlacedCell(int row, int column, double x, double y, double width, double height, String text,
                             CellStyle style) {
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
        return layout(grid, MIN_POINTS);
    }

    public static List<PrintedPage> layout(SheetGrid grid, double minPoints) {
        if (grid.rows().isEmpty() || grid.columnCount() == 0) {
            return List.of();
        }
        PageSetup setup = grid.setup();
        double pw = setup.printableWidth();
        int[] repeat = setup.repeatFirstColumn() >= 0
                ? new int[] {setup.repeatFirstColumn(), setup.repeatLastColumn()} : null;
        List<int[]> bands = manualBands(grid);
        double scale = scale(grid, bands, repeat, pw, setup.printableHeight());
        double smallest = smallestFont(grid);
        if (smallest * scale < minPoints - 1e-9 && grid.columnCount() > 1) {
            int[] keep = repeat != null ? repeat : new int[] {0, 0};
            List<int[]> split = split(grid, keep, pw / (minPoints / smallest));
            if (split != null) {
                bands = split;
                repeat = keep;
                scale = Math.min(1, pw / widest(grid, bands, repeat));
            }
        }
        List<List<Integer>> rowPages = rowPages(grid, setup.printableHeight() / scale);
        Map<Long, SheetGrid.Span> merged = mergeIndex(grid);
        int count = bands.size() * rowPages.size();
        List<PrintedPage> pages = new ArrayList<>();
        for (int[] band : bands) {
            List<Integer> columns = columnsOf(band, repeat);
            int repeatedLast = repeat != null && band[0] > repeat[1] ? repeat[1] : -1;
            for (List<Integer> rows : rowPages) {
                int number = pages.size() + 1;
                pages.add(new PrintedPage(number, count, setup.pageWidth(), setup.pageHeight(), scale,
                        place(grid, rows, columns, repeatedLast, scale, merged), resolve(setup.header(), number, count),
                        setup.headerMargin(), resolve(setup.footer(), number, count),
                        setup.pageHeight() - setup.footerMargin(), setup.left(), setup.pageWidth() - setup.right()));
            }
        }
        return pages;
    }

    private static List<int[]> manualBands(SheetGrid grid) {
        List<int[]> bands = new ArrayList<>();
        int start = 0;
        for (int br : grid.setup().columnBreaks()) {
            if (br >= start && br < grid.columnCount() - 1) {
                bands.add(new int[] {start, br});
                start = br + 1;
            }
        }
        bands.add(new int[] {start, grid.columnCount() - 1});
        return bands;
    }

    private static double scale(SheetGrid grid, List<int[]> bands, int[] repeat, double pw, double ph) {
        PageSetup setup = grid.setup();
        if (!setup.fitToPage()) {
            return setup.scale() > 0 ? setup.scale() / 100.0 : 1;
        }
        double s = 1;
        if (setup.fitWidth() > 0) {
            s = Math.min(s, setup.fitWidth() == 1 ? pw / widest(grid, bands, repeat)
                    : pw * setup.fitWidth() / width(grid, 0, grid.columnCount() - 1));
        }
        if (setup.fitHeight() > 0) {
            double total = grid.rowHeights().stream().mapToDouble(Double::doubleValue).sum();
            s = Math.min(s, ph * setup.fitHeight() / total);
        }
        return s;
    }

    private static double widest(SheetGrid grid, List<int[]> bands, int[] repeat) {
        double widest = 0;
        for (int[] band : bands) {
            double w = 0;
            for (int c : columnsOf(band, repeat)) {
                w += grid.columnPoints(c);
            }
            widest = Math.max(widest, w);
        }
        return widest;
    }

    private static double width(SheetGrid grid, int first, int last) {
        double w = 0;
        for (int c = first; c <= last; c++) {
            w += grid.columnPoints(c);
        }
        return w;
    }

    /** The smallest font of a cell that prints text. */
    static double smallestFont(SheetGrid grid) {
        double smallest = Double.MAX_VALUE;
        for (int r = 0; r < grid.rows().size(); r++) {
            for (int c = 0; c < grid.columnCount(); c++) {
                if (!grid.text(r, c).isBlank()) {
                    smallest = Math.min(smallest, grid.style(r, c).points());
                }
            }
        }
        return smallest == Double.MAX_VALUE ? CellStyle.PLAIN.points() : smallest;
    }

    /**
     * The fewest column bands, cut only where no merged header cell spans the cut, each no wider than
     * {@code maxWidth} with the repeated columns added, the widest as narrow as possible; null when impossible.
     */
    private static List<int[]> split(SheetGrid grid, int[] repeat, double maxWidth) {
        int first = repeat[1] + 1;
        int last = grid.columnCount() - 1;
        if (first > last) {
            return null;
        }
        double room = maxWidth - width(grid, repeat[0], repeat[1]);
        boolean[] cut = new boolean[grid.columnCount()];
        for (int c = first - 1; c < last; c++) {
            cut[c] = true;
        }
        for (SheetGrid.Span m : grid.merges()) {
            boolean header = grid.repeatFirst() >= 0 && m.firstRow() >= grid.repeatFirst()
                    && m.lastRow() <= grid.repeatLast();
            if (header) {
                for (int c = m.firstColumn(); c < m.lastColumn(); c++) {
                    cut[c] = false;
                }
            }
        }
        List<int[]> bands = partition(grid, first, last, cut, room);
        if (bands == null) {
            java.util.Arrays.fill(cut, first - 1, last, true);
            bands = partition(grid, first, last, cut, room);
        }
        if (bands == null) {
            return null;
        }
        bands.get(0)[0] = repeat[0];
        return bands;
    }

    /** Columns first..last in the fewest contiguous bands (cuts where allowed), minimising the widest. */
    private static List<int[]> partition(SheetGrid grid, int first, int last, boolean[] cut, double room) {
        int n = last - first + 1;
        double[] prefix = new double[n + 1];
        for (int i = 0; i < n; i++) {
            prefix[i + 1] = prefix[i] + grid.columnPoints(first + i);
        }
        // best[k][i]: the narrowest widest band for the first i columns in k bands; from[k][i] its last cut
        double[][] best = new double[n + 1][n + 1];
        int[][] from = new int[n + 1][n + 1];
        for (double[] row : best) {
            java.util.Arrays.fill(row, Double.MAX_VALUE);
        }
        best[0][0] = 0;
        for (int k = 1; k <= n; k++) {
            for (int i = 1; i <= n; i++) {
                if (i < n && !cut[first + i - 1]) {
                    continue;
                }
                for (int j = k - 1; j < i; j++) {
                    double w = prefix[i] - prefix[j];
                    if (best[k - 1][j] == Double.MAX_VALUE || w > room + 1e-6) {
                        continue;
                    }
                    double widest = Math.max(best[k - 1][j], w);
                    if (widest < best[k][i]) {
                        best[k][i] = widest;
                        from[k][i] = j;
                    }
                }
            }
            if (best[k][n] != Double.MAX_VALUE) {
                List<int[]> bands = new ArrayList<>();
                int i = n;
                for (int kk = k; kk > 0; kk--) {
                    int j = from[kk][i];
                    bands.add(0, new int[] {first + j, first + i - 1});
                    i = j;
                }
                return bands;
            }
        }
        return null;
    }

    private static List<Integer> columnsOf(int[] band, int[] repeat) {
        List<Integer> columns = new ArrayList<>();
        if (repeat != null && band[0] > repeat[1]) {
            for (int c = repeat[0]; c <= repeat[1]; c++) {
                columns.add(c);
            }
        }
        for (int c = band[0]; c <= band[1]; c++) {
            columns.add(c);
        }
        return columns;
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

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }

    /**
     * The page's cells. A merged cell's text prints on the page that holds its first column; where that column is
     * not there, or is only there as a repeated column while the merge reaches further (the title, the 填报单位
     * line), the page shows its borders only, so no text prints twice or squeezed into the repeated column.
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
                boolean owner = m == null || columns.contains(ac) && (ac > repeatedLast || m.lastColumn() <= repeatedLast);
                String text = owner ? grid.text(ar, ac) : "";
                CellStyle style = grid.style(ar, ac);
                if (text.isEmpty() && style.borders() == 0) {
                    continue;
                }
                cells.add(new PlacedCell(ar, ac, x0 + xs[ci] * scale, y0 + ys[ri] * scale,
                        (xs[lastCi + 1] - xs[ci]) * scale, (ys[lastRi + 1] - ys[ri]) * scale, text, style));
            }
        }
        return cells;
    }

    private static PageSetup.HeaderFooter resolve(PageSetup.HeaderFooter hf, int number, int count) {
        return new PageSetup.HeaderFooter(resolve(hf.left(), number, count), resolve(hf.center(), number, count),
                resolve(hf.right(), number, count));
    }

    /** Excel's header/footer codes: &P page, &N pages, && an ampersand; font, size and style codes dropped. */
    static String resolve(String code, int number, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char ch = code.charAt(i);
            if (ch != '&' || i + 1 >= code.length()) {
                out.append(ch);
                continue;
            }
            char next = code.charAt(++i);
            switch (next) {
                case 'P' -> out.append(number);
                case 'N' -> out.append(count);
                case '&' -> out.append('&');
                case '"' -> {
                    int end = code.indexOf('"', i + 1);
                    i = end < 0 ? code.length() : end;
                }
                case 'K' -> i = Math.min(code.length() - 1, i + 6);
                default -> {
                    while (Character.isDigit(next) && i + 1 < code.length() && Character.isDigit(code.charAt(i + 1))) {
                        i++;
                    }
                }
            }
        }
        return out.toString();
    }
}
