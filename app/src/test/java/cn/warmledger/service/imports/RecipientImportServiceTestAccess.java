package cn.warmledger.service.imports;

import java.nio.file.Path;
import java.util.List;

/** The import tests' workbook reader, for tests in other packages. */
public final class RecipientImportServiceTestAccess {
    private RecipientImportServiceTestAccess() {
    }

    public static List<List<String>> readNotices(Path file) throws Exception {
        return RecipientImportServiceTest.readNotices(file);
    }

    public static List<List<String>> readBack(Path file) throws Exception {
        return RecipientImportServiceTest.readBack(file);
    }
}
