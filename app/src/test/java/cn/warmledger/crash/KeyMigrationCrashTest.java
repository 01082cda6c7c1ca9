package cn.warmledger.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.h2.tools.ChangeFileEncryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * Issue 19.2: a folder encrypted with the 8-1 key (hex of the password's UTF-8 bytes, H2's 10 PBKDF2 iterations
 * only) is re-keyed with the slow derivation at its next sign-in; a kill at any moment of that leaves a folder
 * that opens with the same password and all its data, and the next sign-in finishes the job.
 */
class KeyMigrationCrashTest {
    static final String PASSWORD = "Legacy-Secret-19";
    @TempDir
    Path dir;

    @Test
    void aKillDuringTheKeyMigrationLeavesAFolderThatOpensWithItsPassword() throws Exception {
        int rounds = Integer.getInteger("warmledger.kdfRounds", 5);
        long seed = Long.getLong("warmledger.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("child-stderr.txt");
        int recipients;
        try (AppContext app = TestApp.open(data)) {
            for (int i = 0; i < 30; i++) {
                app.recipients().save(CrashWriter.draft(i));
            }
            // a few megabytes, so that re-keying takes long enough to be interrupted
            String bulk = "x".repeat(1_000_000);
            for (int i = 0; i < 4; i++) {
                app.audit().record("test_bulk", i, AuditAction.UPDATE, bulk + i, bulk);
            }
            recipients = app.recipients().count();
        }
        // the 8-1 encryption, made here independently of the app's code
        ChangeFileEncryption.execute(data.toString(), "warmledger", "AES", null, legacyKey(), true);
        Path legacyCopy = dir.resolve("legacy.mv.db");
        Files.copy(data.resolve("warmledger.mv.db"), legacyCopy);
        assertThat(opensWithLegacyKey(data)).isTrue();

        long fullMillis = 0;
        int migratedBeforeKill = 0;
        for (int round = 0; round < rounds; round++) {
            Files.copy(legacyCopy, data.resolve("warmledger.mv.db"), StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(data.resolve("warmledger.kdf"));
            List<String> lines;
            try (ChildJvm child = new ChildJvm(KeyStrengthener.class, PASSWORD, stderr, data.toString())) {
                assertThat(child.awaitLine("ready", 60_000)).as("child started: %s", stderrOf(stderr)).isTrue();
                if (round == 0) {
                    long start = System.nanoTime();
                    assertThat(child.awaitLine("migrated", 120_000)).as("migration: %s", stderrOf(stderr)).isTrue();
                    fullMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
                } else {
                    child.runFor(random.nextInt((int) (fullMillis * 6 / 5) + 1));
                }
                lines = child.kill();
            }
            if (lines.contains("migrated")) {
                migratedBeforeKill++;
                assertThat(opensWithLegacyKey(data)).as("a reported migration is durable").isFalse();
                assertThat(data.resolve("warmledger.kdf")).exists();
            }
            try (AppContext app = AppContext.open(new AppPaths(data), DatabasePassword.of(PASSWORD))) {
                assertThat(app.recipients().count()).as("round %d (seed %d)", round, seed).isEqualTo(recipients);
                assertThat(app.audit().list(cn.warmledger.domain.AuditQuery.all()).stream()
                        .filter(e -> e.entity().equals("test_bulk")).count()).isEqualTo(4);
            }
            // that sign-in finished the migration: the weak key opens nothing any more
            assertThat(opensWithLegacyKey(data)).as("round %d (seed %d): migrated", round, seed).isFalse();
            assertThat(Files.readString(data.resolve("warmledger.kdf"))).startsWith("pbkdf2-sha256 ");
            assertThat(data.resolve("swap.tmp")).doesNotExist();
        }
        System.out.printf("key migration: %d rounds (a migration sign-in takes %d ms), %d completed before the kill"
                + " (seed %d)%n", rounds, fullMillis, migratedBeforeKill, seed);
    }

    private static char[] legacyKey() {
        return HexFormat.of().formatHex(PASSWORD.getBytes(StandardCharsets.UTF_8)).toCharArray();
    }

    private static boolean opensWithLegacyKey(Path data) {
        String url = "jdbc:h2:file:" + data.resolve("warmledger").toAbsolutePath() + ";CIPHER=AES;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "sa", new String(legacyKey()) + " ")) {
            c.createStatement().execute("SHUTDOWN");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String stderrOf(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
