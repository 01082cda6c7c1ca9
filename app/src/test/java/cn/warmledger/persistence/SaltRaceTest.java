package cn.warmledger.persistence;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.DatabasePassword;

/**
 * Issue 19 review point 5: two processes creating one new folder at once must not each publish a salt (the
 * one renamed last would replace the salt the other's database was keyed with): both end with the same salt,
 * the one on disk, and the folder opens with the password afterwards.
 */
@H2FileOnly("the salt file beside an encrypted H2 file")
class SaltRaceTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("Race-Secret-19");
    @TempDir
    Path dir;

    @Test
    void twoOpenersOfOneNewFolderEndWithTheSaltOnDisk() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 40; round++) {
                Path folder = Files.createDirectories(dir.resolve("new-" + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<FileKeys.Kdf>> both = List.of(pool.submit(() -> ensureAfter(start, folder)),
                        pool.submit(() -> ensureAfter(start, folder)));
                start.countDown();
                String first = both.get(0).get().text();
                String second = both.get(1).get().text();
                String onDisk = FileKeys.read(folder).orElseThrow().text();
                assertThat(first).as("round %d", round).isEqualTo(onDisk);
                assertThat(second).as("round %d", round).isEqualTo(onDisk);
                try (Stream<Path> files = Files.list(folder)) {
                    assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("warmledger.kdf");
                }
                if (round == 0) {
                    Database.open(folder, PASSWORD).close();
                    Database again = Database.open(folder, PASSWORD);
                    assertThat(again.encrypted()).isTrue();
                    again.close();
                    assertThat(FileKeys.read(folder).orElseThrow().text()).isEqualTo(onDisk);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static FileKeys.Kdf ensureAfter(CountDownLatch start, Path folder) throws InterruptedException {
        start.await();
        return FileKeys.ensure(folder);
    }
}
