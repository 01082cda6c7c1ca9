package cn.warmledger.service.shared;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.SharedDatabase;

/** {@link EditConflictTest} on one H2 file opened by two AppContexts (two PCs in one JVM). */
class H2EditConflictTest extends EditConflictTest {
    @TempDir
    Path dir;

    @Override
    SharedDatabase openDatabase() {
        return SharedDatabase.h2(dir);
    }
}
