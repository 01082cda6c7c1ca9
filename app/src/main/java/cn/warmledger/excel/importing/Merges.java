package cn.warmledger.excel.importing;

import java.util.ArrayList;
import java.util.List;

/** Spreads merged values and trims the empty edges of a sheet, for every reader alike. */
final class Merges {
    private Merges() {
    }

    /** Gives the top-left value of a merged region to every cell the region covers. */
    static void spread(List<List<RawCell>> grid, int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow >= grid.size()) {
            return;
        }
        List<RawCell> top = grid.get(firstRow);
        RawCell value = (firstColumn < top.size() ? top.get(firstColumn) : RawCell.BLANK).asMerged();
        for (int r = firstRow; r <= Math.min(lastRow, grid.size() - 1); r++) {
            List<RawCell> row = grid.get(r);
            while (row.size() <= lastColumn) {
                row.add(RawCell.BLANK);
            }
            for (int c = firstColumn; c <= lastColumn; c++) {
                row.set(c, value);
            }
        }
    }

    /** Rows numbered from 1, trailing blank rows and columns dropped (formatting often reaches row 1000). */
    static SheetData toSheet(String name, List<List<RawCell>> grid, String encoding) {
        int lastRow = grid.size() - 1;
        while (lastRow >= 0 && grid.get(lastRow).stream().allMatch(RawCell::isBlank)) {
            lastRow--;
        }
        int columns = 0;
        for (int r = 0; r <= lastRow; r++) {
            List<RawCell> row = grid.get(r);
            for (int c = row.size() - 1; c >= columns; c--) {
                if (!row.get(c).isBlank()) {
                    columns = c + 1;
                    break;
                }
            }
        }
        List<RawRow> rows = new ArrayList<>(lastRow + 1);
        for (int r = 0; r <= lastRow; r++) {
            List<RawCell> row = grid.get(r);
            rows.add(new RawRow(r + 1, row.size() > columns ? row.subList(0, columns) : row));
        }
        return new SheetData(name, rows, columns, encoding);
    }
}
