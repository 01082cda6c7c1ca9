package cn.warmledger.service.shared;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.SharedDatabase;

/** {@link LostUpdateRaceTest} on one H2 file opened by two AppContexts (two PCs in one JVM). */
class H2LostUpdateRaceTest extends LostUpdateRaceTest {
    @TempDir
    Path dir;

    @Override
    SharedDatabase openDatabase() {
        return SharedDatabase.h2(dir);
    }
}
