package cn.warmledger.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of a sheet as printed pages hold them: bands of contiguous columns (a page's width), each printed with
 * the repeated columns before it. Hidden columns (width 0) never print. A band is {@code {first, last}}; the repeated
 * columns {@code {first, last}} or null.
 */
final class ColumnBands {
    private ColumnBands() {
    }

    /** The sheet's own manual column breaks, else one band of all columns. */
    static List<int[]> manual(SheetGrid grid) {
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

    /** The columns a page of {@code band} prints, left to right: the repeated ones first, hidden ones left out. */
    static List<Integer> columnsOf(SheetGrid grid, int[] band, int[] repeat) {
        List<Integer> columns = new ArrayList<>();
        if (repeat != null && band[0] > repeat[1]) {
            for (int c = repeat[0]; c <= repeat[1]; c++) {
                if (grid.columnPoints(c) > 0) {
                    columns.add(c);
                }
            }
        }
        for (int c = band[0]; c <= band[1]; c++) {
            if (grid.columnPoints(c) > 0) {
                columns.add(c);
            }
        }
        return columns;
    }

    static double widest(SheetGrid grid, List<int[]> bands, int[] repeat) {
        double widest = 0;
        for (int[] band : bands) {
            widest = Math.max(widest, bandWidth(grid, band, repeat));
        }
        return widest;
    }

    static double bandWidth(SheetGrid grid, int[] band, int[] repeat) {
        double w = 0;
        for (int c : columnsOf(grid, band, repeat)) {
            w += grid.columnPoints(c);
        }
        return w;
    }

    static double width(SheetGrid grid, int first, int last) {
        double w = 0;
        for (int c = Math.max(0, first); c <= last; c++) {
            w += grid.columnPoints(c);
        }
        return w;
    }

    /**
     * Each band wider than {@code maxWidth} (sheet points, repeated columns included) cut into the fewest parts, cut
     * only where no merged header cell spans the cut (column groups stay whole) unless that is impossible, the widest
     * part as narrow as possible; each part after the repeated columns prints them again. Null when impossible.
     */
    static List<int[]> split(SheetGrid grid, List<int[]> bands, int[] repeat, double maxWidth) {
        List<int[]> out = new ArrayList<>();
        for (int[] band : bands) {
            int first = repeat == null ? band[0] : Math.max(band[0], repeat[1] + 1);
            if (bandWidth(grid, band, repeat) <= maxWidth + 1e-6 || first >= band[1]) {
                out.add(band);
                continue;
            }
            double room = maxWidth - (repeat == null ? 0 : width(grid, repeat[0], repeat[1]));
            boolean[] cut = new boolean[grid.columnCount()];
            Arrays.fill(cut, first, band[1], true);
            for (SheetGrid.Span m : grid.merges()) {
                boolean header = grid.repeatFirst() >= 0 && m.firstRow() >= grid.repeatFirst()
                        && m.lastRow() <= grid.repeatLast();
                if (header) {
                    for (int c = Math.max(first, m.firstColumn()); c < Math.min(band[1], m.lastColumn()); c++) {
                        cut[c] = false;
                    }
                }
            }
            List<int[]> parts = partition(grid, first, band[1], cut, room);
            if (parts == null) {
                Arrays.fill(cut, first, band[1], true);
                parts = partition(grid, first, band[1], cut, room);
            }
            if (parts == null) {
                return null;
            }
            parts.get(0)[0] = band[0];
            out.addAll(parts);
        }
        return out;
    }

    /**
     * Columns first..last in the fewest contiguous bands (cut after column c only where {@code cut[c]}), minimising
     * the widest. A single column wider than {@code room} is a band of its own (it prints clipped at the margin).
     */
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
            Arrays.fill(row, Double.MAX_VALUE);
        }
        best[0][0] = 0;
        for (int k = 1; k <= n; k++) {
            for (int i = 1; i <= n; i++) {
                if (i < n && !cut[first + i - 1]) {
                    continue;
                }
                for (int j = k - 1; j < i; j++) {
                    double w = prefix[i] - prefix[j];
                    boolean alone = prefix[i] - prefix[i - 1] == w;
                    if (best[k - 1][j] == Double.MAX_VALUE || w > room + 1e-6 && !alone) {
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
}
