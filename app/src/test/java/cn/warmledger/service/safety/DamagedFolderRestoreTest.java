package cn.warmledger.service.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.persistence.DatabaseException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.persistence.DamagedFolders;
import cn.warmledger.testing.H2FileOnly;

/** A damaged H2 file after a power cut: told apart from a wrong password, and restored without opening it (21-1). */
@H2FileOnly("a damaged H2 file and its restore; a server database is its administrator's")
class DamagedFolderRestoreTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("暖心 Pass-2026");
    static final String NAME = "汪惠珍";
    @TempDir
    Path dir;

    /** An encrypted folder with one person, an automatic backup of it, a second person after, then the damage. */
    AppPaths damagedFolder() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data"));
        try (AppContext app = TestApp.open(paths.dataDir(), PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, NAME));
            app.backups().automatic();
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        }
        DamagedFolders.damage(paths.dataDir(), PASSWORD);
        return paths;
    }

    @Test
    void aDamagedFileIsToldAsDamagedNamingTheNewestBackupAndAWrongPasswordStillAsWrong() throws Exception {
        AppPaths paths = damagedFolder();
        String newest = new DamagedFolderRestore(paths).newest().orElseThrow().getFileName().toString();
        assertThatThrownBy(() -> AppContext.open(paths, PASSWORD))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("数据库文件已损坏").hasMessageContaining("不是密码的问题")
                .hasMessageContaining(newest).hasMessageNotContaining("密码不对");
        // a wrong password on the damaged file is still a wrong password: the header does not open with it
        assertThatThrownBy(() -> AppContext.open(paths, DatabasePassword.of("wrong-Pass-2026")))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("密码不对");
    }

    /**
     * Every chunk unreadable: H2 opens such a file as an empty database. It must be told as damaged, not migrated
     * into an empty register (which the next automatic backups would keep), and restored like any damaged file.
     */
    @Test
    void aFileWhoseEveryChunkIsLostIsDamagedNotAnEmptyRegister() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("data"));
        try (AppContext app = TestApp.open(paths.dataDir(), PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, NAME));
            app.backups().automatic();
        }
        DamagedFolders.wipeChunks(paths.dataDir());
        assertThatThrownBy(() -> AppContext.open(paths, PASSWORD)).isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("数据库文件已损坏");
        assertThatThrownBy(() -> AppContext.open(paths, PASSWORD)).as("and at the next try")
                .isInstanceOf(DamagedDatabaseException.class);
        Path newest = new DamagedFolderRestore(paths).automaticBackups().get(0).file();
        AppContext.Restored r = AppContext.openRestoring(paths, newest, PASSWORD, null);
        try (AppContext app = r.app()) {
            assertThat(app.recipients().count()).isEqualTo(1);
        }
    }

    @Test
    void aWrongPasswordOnAnIntactFileStillSaysSo() {
        Path d = dir.resolve("intact");
        try (AppContext app = TestApp.open(d, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, NAME));
        }
        assertThatThrownBy(() -> AppContext.open(new AppPaths(d), DatabasePassword.of("wrong-Pass-2026")))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("密码不对");
    }

    @Test
    void theNewestAutomaticBackupIsRestoredWithoutAnOpenDatabaseAndTheDamagedFileKeptEncrypted() throws Exception {
        AppPaths paths = damagedFolder();
        // the sign-in that found it damaged (H2 2.4 writes to a file it fails to open): the restore writes nothing to it
        assertThatThrownBy(() -> AppContext.open(paths, PASSWORD)).isInstanceOf(DamagedDatabaseException.class);
        Path damagedBytes = dir.resolve("damaged-copy");
        Files.copy(paths.dataDir().resolve("warmledger.mv.db"), damagedBytes);
        Path newest = new DamagedFolderRestore(paths).automaticBackups().get(0).file();

        AppContext.Restored r = AppContext.openRestoring(paths, newest, PASSWORD, null);
        try (AppContext app = r.app()) {
            assertThat(app.recipients().count()).as("the backup's one person").isEqualTo(1);
            assertThat(app.passwords().encrypted()).isTrue();
            assertThat(r.restore().check().counts()).containsEntry("recipient", 1);
            List<cn.warmledger.domain.AuditEntry> restores = app.audit().list(
                    new AuditQuery(null, null, AuditAction.RESTORE_BACKUP, null, 10));
            assertThat(restores).hasSize(1);
            assertThat(restores.get(0).summary()).isEqualTo(newest.getFileName().toString());
        }
        Path kept = r.restore().keptDamaged();
        assertThat(kept.getParent()).isEqualTo(paths.backupsDir());
        assertThat(kept.getFileName().toString()).matches("damaged-\\d{8}-\\d{6}\\.mv\\.db");
        assertThat(Files.readAllBytes(kept)).as("kept as the sign-in left it").isEqualTo(Files.readAllBytes(damagedBytes));
        assertThat(new String(Files.readAllBytes(kept), 0, 9, StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
        assertThat(DamagedFolders.contains(kept, NAME)).isFalse();
        assertThat(DamagedFolders.contains(kept, TestIds.FEMALE_1985)).isFalse();
        try (Stream<Path> s = Files.list(paths.dataDir().getParent())) {
            assertThat(s.map(p -> p.getFileName().toString())).as("no check folder left").containsOnly("data",
                    "damaged-copy");
        }
        // and the folder opens as usual, with the same password
        try (AppContext app = AppContext.open(paths, PASSWORD)) {
            assertThat(app.recipients().count()).isEqualTo(1);
        }
    }

    @Test
    void aRestoreWithoutOpeningIsRefusedForAWrongPasswordAndForAFolderThatOpens() throws Exception {
        AppPaths paths = damagedFolder();
        Path newest = new DamagedFolderRestore(paths).newest().orElseThrow();
        byte[] before = Files.readAllBytes(paths.dataDir().resolve("warmledger.mv.db"));
        assertThatThrownBy(() -> AppContext.openRestoring(paths, newest, DatabasePassword.of("wrong-Pass-2026"), null))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(Files.readAllBytes(paths.dataDir().resolve("warmledger.mv.db"))).isEqualTo(before);

        AppContext.openRestoring(paths, newest, PASSWORD, null).app().close();
        // restored: it opens now, so this path refuses (the window's 备份与密码 restores an open database)
        assertThatThrownBy(() -> AppContext.openRestoring(paths, newest, PASSWORD, null))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("没有损坏");
    }

    @Test
    void anUnencryptedDamagedFolderIsToldAndRestoredTheSameWay() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("plain"));
        try (AppContext app = TestApp.open(paths.dataDir())) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, NAME));
            app.backups().automatic();
        }
        DamagedFolders.damage(paths.dataDir(), null);
        assertThatThrownBy(() -> AppContext.open(paths)).isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("已损坏");
        Path newest = new DamagedFolderRestore(paths).newest().orElseThrow();
        AppContext.Restored r = AppContext.openRestoring(paths, newest, null, null);
        try (AppContext app = r.app()) {
            assertThat(app.recipients().count()).isEqualTo(1);
            assertThat(app.passwords().encrypted()).isFalse();
        }
        assertThat(Files.exists(r.restore().keptDamaged())).isTrue();
    }
}
