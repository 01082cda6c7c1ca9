package cn.warmledger.service.safety;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.recipients.RecipientDetails;

/** Online backups, the check before a restore, the pre-restore copy and the rotation of automatic backups. */
@H2FileOnly("the backup zip and the restore swap the H2 file; on a server backups are the administrator's")
class BackupServiceTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("Backup-Secret-8");
    @TempDir
    Path dir;

    @Test
    void backupThenRestoreGivesBackTheOriginalAndKeepsTheCurrentAsPreRestore() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            long hardship = app.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
            List<RecipientSummary> original = app.recipients().search(RecipientQuery.all());
            RecipientDetails originalDetails = app.recipients().details(hardship).orElseThrow();
            Map<String, Integer> originalCounts = app.tableCounts();

            Path backup = app.backups().backupTo(dir.resolve("u-disk"));
            assertThat(backup).exists().hasParent(dir.resolve("u-disk"));
            assertThat(backup.getFileName().toString()).startsWith("warmledger-").endsWith(".zip");
            assertThat(zipHoldsEncryptedDatabase(backup)).isTrue();

            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
            app.recipients().delete(hardship, TestApp.version(app.recipients(), hardship));

            BackupService.Restored restored = app.backups().restore(backup, null);
            assertThat(restored.check().counts().get("recipient")).isEqualTo(2);
            assertThat(restored.preRestoreBackup()).exists();
            assertThat(app.recipients().search(RecipientQuery.all())).isEqualTo(original);
            assertThat(app.recipients().details(hardship)).contains(originalDetails);
            Map<String, Integer> now = app.tableCounts();
            // the restore itself is logged in the restored database: one more audit entry, nothing else differs
            assertThat(now.get("audit_log")).isEqualTo(originalCounts.get("audit_log") + 1);
            now.remove("audit_log");
            originalCounts.remove("audit_log");
            assertThat(now).isEqualTo(originalCounts);

            // the pre-restore copy holds the state that was replaced
            assertThat(app.backups().verify(restored.preRestoreBackup(), null).counts().get("recipient")).isEqualTo(3);
        }
        try (AppContext app = cn.warmledger.service.app.AppContext.open(new AppPaths(data), PASSWORD)) {
            assertThat(app.recipients().count()).isEqualTo(2);
        }
    }

    @Test
    void aCorruptedBackupIsRefusedBeforeAnythingIsReplaced() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            Path good = app.backups().backupTo(dir.resolve("backups"));
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));

            Path damagedZip = dir.resolve("damaged-zip.zip");
            byte[] bytes = Files.readAllBytes(good);
            for (int i = bytes.length / 3; i < bytes.length * 2 / 3; i += 97) {
                bytes[i] ^= 0x5a;
            }
            Files.write(damagedZip, bytes);
            Path damagedDb = rezipWithDamagedDatabase(good, dir.resolve("damaged-db.zip"));
            Path truncated = dir.resolve("truncated.zip");
            Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(good), bytes.length / 2));
            Path notABackup = dir.resolve("notes.zip");
            Files.writeString(notABackup, "just text");

            for (Path bad : List.of(damagedZip, damagedDb, truncated, notABackup)) {
                Throwable refused = null;
                try {
                    app.backups().restore(bad, null);
                } catch (RuntimeException e) {
                    refused = e;
                }
                assertThat(refused).as(bad.getFileName().toString()).isNotNull();
                assertThat(refused.getMessage()).contains("没有恢复").contains("当前数据没有改动");
                assertThat(app.recipients().count()).isEqualTo(2);
            }
            assertThat(app.backups().list()).noneMatch(p -> p.getFileName().toString().startsWith("pre-restore-"));
            assertThat(data.resolve("restore-check.tmp")).doesNotExist();
        }
    }

    @Test
    void aBackupMadeBeforeAPasswordChangeNeedsItsOwnPassword() {
        Path data = dir.resolve("data");
        DatabasePassword next = DatabasePassword.of("Newer-Secret-9");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            Path backup = app.backups().backupTo(dir.resolve("backups"));
            app.passwords().change(PASSWORD, next);
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
            assertThatThrownBy(() -> app.backups().restore(backup, null)).isInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("做备份时");
            assertThat(app.recipients().count()).isEqualTo(2);
            app.backups().restore(backup, PASSWORD);
            assertThat(app.recipients().count()).isEqualTo(1);
        }
        // after the restore the folder keeps its own password (the backup was re-keyed; docs/decisions/19-1)
        assertThatThrownBy(() -> AppContext.open(new AppPaths(data), PASSWORD)).isInstanceOf(WrongPasswordException.class);
        try (AppContext app = AppContext.open(new AppPaths(data), next)) {
            assertThat(app.recipients().count()).isEqualTo(1);
        }
    }

    @Test
    void automaticBackupsAreDueOncePerDayAndRotated() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            assertThat(app.backups().dailyDue(LocalDate.now())).isTrue();
            Path first = app.backups().automatic();
            assertThat(first.getParent()).isEqualTo(data.resolve("backups"));
            assertThat(app.backups().dailyDue(LocalDate.now())).isFalse();
            assertThat(app.backups().dailyDue(LocalDate.now().plusDays(1))).isTrue();
            // 30 old daily backups over three months: rotation keeps the newest 10 and the newest of each month
            Path folder = data.resolve("backups");
            LocalDateTime start = LocalDateTime.of(2026, 7, 10, 17, 0);
            for (int i = 0; i < 30 * 3; i += 3) {
                Files.writeString(folder.resolve("auto-" + start.plusDays(i).format(
                        java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip"), "x");
            }
            app.backups().automatic();
            List<String> left = new ArrayList<>(app.backups().list().stream().map(p -> p.getFileName().toString()).toList());
            // the 10 newest reach back into September; July's and August's newest are kept besides them
            assertThat(left).hasSize(10 + 2);
            assertThat(left).contains("auto-20260731-170000.zip", "auto-20260830-170000.zip");
            assertThat(left).doesNotContain("auto-20260710-170000.zip");
        }
    }

    @Test
    void rotationKeepsTheNewestTenAndOnePerMonth() {
        List<BackupService.Dated> all = new ArrayList<>();
        for (int d = 0; d < 100; d++) {
            all.add(new BackupService.Dated(Path.of("b" + d), LocalDateTime.of(2026, 1, 1, 12, 0).plusDays(d)));
        }
        List<BackupService.Dated> deleted = BackupService.toDelete(all);
        List<BackupService.Dated> kept = new ArrayList<>(all);
        kept.removeAll(deleted);
        // days 90..99 (newest ten, 1-10 April) plus the newest of January, February and March
        assertThat(kept).hasSize(13);
        assertThat(kept).extracting(b -> b.at().toLocalDate().toString())
                .contains("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-10", "2026-04-01");
    }

    private static boolean zipHoldsEncryptedDatabase(Path zip) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e = in.getNextEntry();
            assertThat(e.getName()).isEqualTo("warmledger.mv.db");
            return new String(in.readNBytes(9), java.nio.charset.StandardCharsets.US_ASCII).equals("H2encrypt");
        }
    }

    private static Path rezipWithDamagedDatabase(Path good, Path target) throws Exception {
        byte[] db;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(good))) {
            in.getNextEntry();
            db = in.readAllBytes();
        }
        for (int i = 8192; i < db.length; i += 64) {
            db[i] ^= 0x33;
        }
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("warmledger.mv.db"));
            z.write(db);
            z.closeEntry();
        }
        return target;
    }
}
