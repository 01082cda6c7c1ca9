package cn.warmledger.excel.importing;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/** Reads .xlsx, .xls (HSSF) and .csv (UTF-8 or GBK) into raw rows, whichever the file is. */
public final class SpreadsheetReader {
    private SpreadsheetReader() {
    }

    /** The sheets of a workbook (a .csv has one, named after the file). */
    public static List<SheetInfo> sheets(Path file) {
        if (isCsv(file)) {
            return List.of(new SheetInfo(CsvReader.sheetName(file), false));
        }
        return WorkbookReader.sheets(file);
    }

    /** All rows of the named sheet; null names the first visible sheet. */
    public static SheetData read(Path file, String sheetName) {
        if (isCsv(file)) {
            return CsvReader.read(file);
        }
        return WorkbookReader.read(file, sheetName);
    }

    /** The file kinds the import takes, by extension. */
    public static boolean isSupported(Path file) {
        String n = name(file);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv") || n.endsWith(".xlsm");
    }

    static boolean isCsv(Path file) {
        return name(file).endsWith(".csv");
    }

    private static String name(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    static InvalidValueException unreadable(Path file, Exception cause) {
        InvalidValueException e = new InvalidValueException(Messages.get("import.file"),
                Messages.get("import.unreadable", file.getFileName().toString()));
        e.initCause(cause);
        return e;
    }
}
