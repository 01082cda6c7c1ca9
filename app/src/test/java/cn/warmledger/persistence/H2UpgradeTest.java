package cn.warmledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.testing.H2FileOnly;

/**
 * A clerk's encrypted folder and her backups written by the previous H2 (2.3.232, fixtures/h2-2.3.232) open with the
 * H2 the build uses now, twice (the second open reads what the new version wrote), and an old backup restores.
 */
@H2FileOnly("the fixtures are H2 files written by the previous H2; a server keeps its own files")
class H2UpgradeTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("Upgrade-Fixture-1");
    @TempDir
    Path dir;

    @Test
    void aFolderWrittenByTheOldH2OpensAndKeepsOpening() throws Exception {
        Path data = dir.resolve("data");
        copyFixture("data/warmledger.mv.db", data);
        copyFixture("data/warmledger.kdf", data);
        try (AppContext app = AppContext.open(new AppPaths(data), PASSWORD)) {
            assertThat(names(app)).containsExactlyInAnyOrder("李升级", "王旧版");
            assertThat(app.passwords().encrypted()).isTrue();
            app.recipients().save(TestApp.modelWorker(cn.warmledger.TestIds.FEMALE_1985, "新版本"));
        }
        for (int open = 1; open <= 2; open++) { // what the new H2 wrote into the old file reads back, twice
            try (AppContext app = AppContext.open(new AppPaths(data), PASSWORD)) {
                assertThat(names(app)).as("open %d", open).containsExactlyInAnyOrder("李升级", "王旧版", "新版本");
            }
        }
    }

    @Test
    void aBackupWrittenByTheOldH2Restores() throws Exception {
        Path backup = dir.resolve("old-backup.zip");
        try (var in = H2UpgradeTest.class.getResourceAsStream("/fixtures/h2-2.3.232/backup.zip")) {
            Files.copy(in, backup);
        }
        Path data = dir.resolve("new");
        try (AppContext app = TestApp.open(data, DatabasePassword.of("Other-Secret-20"))) {
            app.backups().restore(backup, PASSWORD);
            assertThat(names(app)).containsExactlyInAnyOrder("李升级", "王旧版");
        }
        try (AppContext app = AppContext.open(new AppPaths(data), DatabasePassword.of("Other-Secret-20"))) {
            assertThat(names(app)).containsExactlyInAnyOrder("李升级", "王旧版");
        }
    }

    private static List<String> names(AppContext app) {
        return app.recipients().search(RecipientQuery.all()).stream().map(RecipientSummary::name).toList();
    }

    private static void copyFixture(String name, Path folder) throws Exception {
        Files.createDirectories(folder);
        try (var in = H2UpgradeTest.class.getResourceAsStream("/fixtures/h2-2.3.232/" + name)) {
            assertThat(in).as(name).isNotNull();
            Files.copy(in, folder.resolve(Path.of(name).getFileName()));
        }
    }
}
