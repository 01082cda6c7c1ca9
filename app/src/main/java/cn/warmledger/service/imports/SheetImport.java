package cn.warmledger.service.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * The steps both imports (困难职工 and 走访 rows) take alike before their own checks: list a file's sheets, load one,
 * guess its columns. The import wizard and the {@code import} command go through this for either kind.
 */
public interface SheetImport {
    List<ImportSheet> sheets(Path file);

    LoadedSheet load(Path file, String sheetName);

    ColumnMapping guessMapping(LoadedSheet sheet, int headerRow);
}
