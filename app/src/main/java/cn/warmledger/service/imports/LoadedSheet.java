package cn.warmledger.service.imports;

import java.nio.file.Path;
import java.util.List;

import cn.warmledger.excel.importing.RawCell;
import cn.warmledger.excel.importing.RawRow;
import cn.warmledger.excel.importing.SheetData;

/**
 * One sheet read into memory, with the header row found in it. The rows stay inside the service; the
 * window sees texts only.
 */
public final class LoadedSheet {
    /** How many rows from the top may hold the header (title rows, 填报单位 lines above it). */
    static final int HEADER_SEARCH_ROWS = 30;

    private final Path file;
    private final SheetData data;
    private final int detectedHeaderRow;

    LoadedSheet(Path file, SheetData data) {
        this.file = file;
        this.data = data;
        this.detectedHeaderRow = HeaderDetector.find(data.rows());
    }

    public Path file() {
        return file;
    }

    public String sheetName() {
        return data.sheetName();
    }

    /** UTF-8 or GBK for a .csv, null for a workbook. */
    public String encoding() {
        return data.encoding();
    }

    public int rowCount() {
        return data.rows().size();
    }

    public int columnCount() {
        return data.columnCount();
    }

    /** True when no cell of the sheet holds anything (a new, empty workbook). */
    public boolean isEmpty() {
        return data.rows().stream().allMatch(RawRow::isBlank);
    }

    /** The 1-based row number of the header as found (0 when the sheet has no rows). */
    public int detectedHeaderRow() {
        return detectedHeaderRow;
    }

    /** The texts of a row by its 1-based number, as many cells as the sheet is wide. */
    public List<String> rowTexts(int rowNumber) {
        if (rowNumber < 1 || rowNumber > data.rows().size()) {
            return List.of();
        }
        RawRow row = data.rows().get(rowNumber - 1);
        return java.util.stream.IntStream.range(0, data.columnCount()).mapToObj(c -> row.text(c).strip()).toList();
    }

    /** The top rows, for the clerk to point at the header row. */
    public List<List<String>> topRows() {
        return java.util.stream.IntStream.rangeClosed(1, Math.min(HEADER_SEARCH_ROWS, rowCount()))
                .mapToObj(this::rowTexts).toList();
    }

    List<RawRow> rows() {
        return data.rows();
    }

    static boolean isTotalLabel(RawCell cell) {
        String t = cell.text().replaceAll("\\s+", "");
        return t.equals("合计") || t.equals("总计") || t.equals("小计") || t.equals("合计：") || t.startsWith("合计（")
                || t.startsWith("合计(");
    }
}
