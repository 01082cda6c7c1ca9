package cn.warmledger.domain;

import java.util.List;

/**
 * A filled sheet as text, for the on-screen preview and for printing with the same pagination as the .xlsx:
 * {@code pageBreaks} are the rows after which a page ends, {@code repeatFirst..repeatLast} the header rows
 * printed on every page (-1 when none). Widths in characters, heights in points.
 */
public record SheetGrid(List<List<String>> rows, List<Double> columnWidths, List<Double> rowHeights,
                        List<Span> merges, List<Integer> pageBreaks, int repeatFirst, int repeatLast, boolean landscape) {

    /** A merged block of cells. */
    public record Span(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    public int columnCount() {
        return columnWidths.size();
    }

    /** Row ranges [first, last] of each printed page, as the page breaks cut them. */
    public List<int[]> pages() {
        List<int[]> pages = new java.util.ArrayList<>();
        int start = 0;
        for (int br : pageBreaks) {
            if (br >= start && br < rows.size()) {
                pages.add(new int[] {start, br});
                start = br + 1;
            }
        }
        if (start < rows.size()) {
            pages.add(new int[] {start, rows.size() - 1});
        }
        return pages;
    }
}
