package cn.warmledger.excel.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/**
 * Reads .xlsx (streamed), .xls (HSSF) and .csv (UTF-8 or GBK) into raw rows, whichever the file is. A file
 * whose content is not what its extension says is refused as unreadable.
 */
public final class SpreadsheetReader {
    private SpreadsheetReader() {
    }

    /** The sheets of a workbook (a .csv has one, named after the file). */
    public static List<SheetInfo> sheets(Path file) {
        if (isCsv(file)) {
            return List.of(new SheetInfo(CsvReader.sheetName(file), false));
        }
        return isXlsx(file) ? StreamingXlsxReader.sheets(file) : WorkbookReader.sheets(file);
    }

    /** All rows of the named sheet; null names the first visible sheet. */
    public static SheetData read(Path file, String sheetName) {
        if (isCsv(file)) {
            return CsvReader.read(file);
        }
        return isXlsx(file) ? StreamingXlsxReader.read(file, sheetName) : WorkbookReader.read(file, sheetName);
    }

    /** The file kinds the import takes, by extension. */
    public static boolean isSupported(Path file) {
        String n = name(file);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv") || n.endsWith(".xlsm");
    }

    /** .xlsx and .xlsm are streamed; .xls (HSSF) goes through POI's user model. */
    static boolean isXlsx(Path file) {
        return name(file).endsWith(".xlsx") || name(file).endsWith(".xlsm");
    }

    static boolean isCsv(Path file) {
        return name(file).endsWith(".csv");
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    static InvalidValueException unreadable(Path file, Exception cause) {
        InvalidValueException e = new InvalidValueException(Messages.get("import.file"),
                cn.warmledger.excel.ZipRatioGuard.tripped(cause)
                        ? Messages.get("excel.zipRatio", file.getFileName().toString(), Messages.get("excel.zipRatio.reason"))
                        : Messages.get("import.unreadable", file.getFileName().toString()));
        e.initCause(cause);
        return e;
    }
}
