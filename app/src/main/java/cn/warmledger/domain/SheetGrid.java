package cn.warmledger.domain;

import java.util.List;

/**
 * A filled sheet as the .xlsx holds it, for the on-screen preview and for printing the same pages: each cell's
 * text and {@link CellStyle}, column widths in characters (Excel's unit), row heights in points, merged cells,
 * {@code pageBreaks} (the rows after which a page ends), {@code repeatFirst..repeatLast} the header rows printed
 * on every page (-1 when none) and the sheet's {@link PageSetup}.
 */
public record SheetGrid(List<List<String>> rows, List<List<CellStyle>> styles, List<Double> columnWidths,
                        List<Double> rowHeights, List<Span> merges, List<Integer> pageBreaks, int repeatFirst,
                        int repeatLast, PageSetup setup) {
    /**
     * Points per character of column width: the width of a digit in the workbook's default font, Calibri 11 (and
     * its metric twin Carlito), which is how LibreOffice sizes the columns it prints.
     */
    public static final double POINTS_PER_CHAR = 11 * 1038 / 2048.0;

    /** A merged block of cells. */
    public record Span(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        public boolean contains(int row, int column) {
            return row >= firstRow && row <= lastRow && column >= firstColumn && column <= lastColumn;
        }
    }

    public int columnCount() {
        return columnWidths.size();
    }

    public boolean landscape() {
        return setup.landscape();
    }

    public String text(int row, int column) {
        List<String> r = rows.get(row);
        return column < r.size() ? r.get(column) : "";
    }

    public CellStyle style(int row, int column) {
        List<CellStyle> r = styles.get(row);
        return column < r.size() && r.get(column) != null ? r.get(column) : CellStyle.PLAIN;
    }

    /** The column's printed width in points at 100 %. */
    public double columnPoints(int column) {
        return columnWidths.get(column) * POINTS_PER_CHAR;
    }
}
