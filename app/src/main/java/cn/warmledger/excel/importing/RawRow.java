package cn.warmledger.excel.importing;

import java.util.List;

/** One row of a sheet; {@code rowNumber} is 1-based, as Excel shows it in the margin. */
public record RawRow(int rowNumber, List<RawCell> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    public RawCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : RawCell.BLANK;
    }

    public String text(int column) {
        return cell(column).text();
    }

    public boolean isBlank() {
        return cells.stream().allMatch(RawCell::isBlank);
    }
}
