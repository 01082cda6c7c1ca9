package cn.warmledger.persistence;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.DatabasePassword;

/** Issue 16: the sign-in page's warm-up runs the sign-in's work on throwaway data and touches no folder. */
@H2FileOnly("the sign-in warm-up readies the H2 engine and the encrypted folder's key derivation")
class WarmUpTest {
    @TempDir
    Path dir;

    @Test
    void warmUpMigratesAThrowawayDatabaseAndLeavesTheFolderAsItWas() throws Exception {
        Path data = dir.resolve("folder");
        TestApp.open(data, DatabasePassword.of("Folder-A-Secret-1")).close();
        long before;
        try (Stream<Path> files = Files.list(data)) {
            before = files.count();
        }
        String key = Files.readString(data.resolve(FileKeys.FILE));

        assertThat(Database.warmUp()).isTrue();

        try (Stream<Path> files = Files.list(data)) {
            assertThat(files.count()).isEqualTo(before);
        }
        assertThat(Files.readString(data.resolve(FileKeys.FILE))).isEqualTo(key);
        TestApp.open(data, DatabasePassword.of("Folder-A-Secret-1")).close();
    }
}
