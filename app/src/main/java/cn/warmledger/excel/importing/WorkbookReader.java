package cn.warmledger.excel.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/**
 * .xls (HSSF) through POI's user model, opened read-only. Formulas give their cached result
 * (what the clerk saw); merged regions give their top-left value to every cell they cover.
 */
final class WorkbookReader {
    private WorkbookReader() {
    }

    static List<SheetInfo> sheets(Path file) {
        try (Workbook wb = open(file)) {
            List<SheetInfo> list = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                list.add(new SheetInfo(wb.getSheetName(i), wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)));
            }
            return list;
        } catch (IOException | RuntimeException e) {
            throw rethrow(file, e);
        }
    }

    static SheetData read(Path file, String sheetName) {
        try (Workbook wb = open(file)) {
            Sheet sheet = sheetName == null ? firstVisible(wb) : wb.getSheet(sheetName);
            if (sheet == null) {
                throw new InvalidValueException(Messages.get("import.sheet"),
                        Messages.get("import.noSheet", String.valueOf(sheetName)));
            }
            return read(sheet);
        } catch (IOException | RuntimeException e) {
            throw rethrow(file, e);
        }
    }

    private static RuntimeException rethrow(Path file, Exception e) {
        if (e instanceof InvalidValueException ive) {
            return ive;
        }
        return SpreadsheetReader.unreadable(file, e);
    }

    private static Workbook open(Path file) throws IOException {
        return WorkbookFactory.create(file.toFile(), null, true);
    }

    private static Sheet firstVisible(Workbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (!wb.isSheetHidden(i) && !wb.isSheetVeryHidden(i)) {
                return wb.getSheetAt(i);
            }
        }
        return wb.getNumberOfSheets() > 0 ? wb.getSheetAt(0) : null;
    }

    private static SheetData read(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.CHINA);
        List<List<RawCell>> grid = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<RawCell> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? RawCell.BLANK : cell(cell, formatter));
                }
            }
            grid.add(cells);
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            Merges.spread(grid, region.getFirstRow(), region.getLastRow(), region.getFirstColumn(),
                    region.getLastColumn());
        }
        return Merges.toSheet(sheet.getSheetName(), grid, null);
    }

    private static RawCell cell(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return RawCell.text(cell.getStringCellValue());
            case NUMERIC:
                double value = cell.getNumericCellValue();
                LocalDate date = DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(value)
                        ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
                String text = formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString());
                return new RawCell(text, value, date, false);
            case BOOLEAN:
                return RawCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR:
                return RawCell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default:
                return RawCell.BLANK;
        }
    }
}
