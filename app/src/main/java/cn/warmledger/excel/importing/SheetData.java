package cn.warmledger.excel.importing;

import java.util.List;

/**
 * Every row of one sheet as cell texts (blank rows included, so row numbers match the file), with merged
 * regions already spread over their cells. {@code encoding} names the detected character set of a .csv
 * (UTF-8 or GBK) and is null for workbooks.
 */
public record SheetData(String sheetName, List<RawRow> rows, int columnCount, String encoding) {
    public SheetData {
        rows = List.copyOf(rows);
    }
}
