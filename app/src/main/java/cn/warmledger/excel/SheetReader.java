package cn.warmledger.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.SheetGrid;

/** Reads the first sheet of a filled .xlsx back as text (formulas by their cached values) for preview and print. */
public final class SheetReader {
    private SheetReader() {
    }

    public static SheetGrid read(InputStream xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Messages.LOCALE);
            int columns = 0;
            for (Row row : sheet) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            List<List<String>> rows = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> texts = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    texts.add(cell == null ? "" : text(cell, formatter));
                }
                rows.add(texts);
                heights.add((double) (row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints()));
            }
            List<Double> widths = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                widths.add(sheet.getColumnWidth(c) / 256.0);
            }
            List<SheetGrid.Span> merges = new ArrayList<>();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                merges.add(new SheetGrid.Span(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
            }
            List<Integer> breaks = new ArrayList<>();
            for (int b : sheet.getRowBreaks()) {
                breaks.add(b);
            }
            CellRangeAddress repeat = sheet.getRepeatingRows();
            return new SheetGrid(rows, widths, heights, merges, breaks, repeat == null ? -1 : repeat.getFirstRow(),
                    repeat == null ? -1 : repeat.getLastRow(), sheet.getPrintSetup().getLandscape());
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
