package cn.warmledger.excel.importing;

import java.time.LocalDate;

/**
 * One cell as the clerk sees it in the spreadsheet: {@code text} is what Excel shows (3.40102E+17 for a
 * long number in a General column), {@code number} the stored value when the cell held a number,
 * {@code date} the day when the cell was formatted as a date, {@code merged} when the value came from
 * the top-left cell of a merged region.
 */
public record RawCell(String text, Double number, LocalDate date, boolean merged) {
    public static final RawCell BLANK = new RawCell("", null, null, false);

    public RawCell {
        text = text == null ? "" : text;
    }

    public static RawCell text(String text) {
        return new RawCell(text, null, null, false);
    }

    public boolean isNumeric() {
        return number != null;
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    RawCell asMerged() {
        return new RawCell(text, number, date, true);
    }
}
