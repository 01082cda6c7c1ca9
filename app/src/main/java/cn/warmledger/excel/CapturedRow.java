package cn.warmledger.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** A template row lifted out of the sheet so it can be written again, once or many times, further down. */
record CapturedRow(int index, short height, boolean customHeight, List<CapturedCell> cells) {

    record CapturedCell(int column, CellStyle style, CellType type, String text, double number, boolean bool,
                        String formula, List<Marker> markers) {

        Cell create(Row row) {
            Cell cell = row.createCell(column);
            cell.setCellStyle(style);
            switch (type) {
                case STRING -> {
                    if (markers.isEmpty()) {
                        cell.setCellValue(text);
                    }
                }
                case NUMERIC -> cell.setCellValue(number);
                case BOOLEAN -> cell.setCellValue(bool);
                case FORMULA -> cell.setCellFormula(formula);
                default -> {
                }
            }
            return cell;
        }
    }

    static CapturedRow capture(Row row, Function<Cell, List<Marker>> markersOf) {
        List<CapturedCell> cells = new ArrayList<>();
        for (Cell c : row) {
            CellType type = c.getCellType();
            cells.add(new CapturedCell(c.getColumnIndex(), c.getCellStyle(), type,
                    type == CellType.STRING ? c.getStringCellValue() : null,
                    type == CellType.NUMERIC ? c.getNumericCellValue() : 0,
                    type == CellType.BOOLEAN && c.getBooleanCellValue(),
                    type == CellType.FORMULA ? c.getCellFormula() : null,
                    markersOf.apply(c)));
        }
        return new CapturedRow(row.getRowNum(), row.getHeight(), row.getZeroHeight() || row.getHeight() != row.getSheet()
                .getDefaultRowHeight(), cells);
    }

    Row create(Sheet sheet, int at) {
        Row row = sheet.createRow(at);
        if (customHeight) {
            row.setHeight(height);
        }
        return row;
    }

    /** The column of this (detail) row that shows a list field, or -1. */
    int columnOf(String field, int fallback) {
        for (CapturedCell c : cells) {
            for (Marker m : c.markers()) {
                if (m.kind() == Marker.Kind.LIST_FIELD && m.field().equals(field)) {
                    return c.column();
                }
            }
        }
        return fallback;
    }
}
