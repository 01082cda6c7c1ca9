package cn.warmledger.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * A password change killed with SIGKILL in the middle leaves a database that opens with the old or with
 * the new password, with all its data.
 */
class PasswordChangeCrashTest {
    static final String[] PASSWORDS = {"First-Secret-11", "Second-Secret-22"};
    @TempDir
    Path dir;

    @Test
    void aKillDuringThePasswordChangeLeavesADatabaseThatOpensWithTheOldOrTheNewPassword() throws Exception {
        int rounds = Integer.getInteger("warmledger.rekeyRounds", 5);
        long seed = Long.getLong("warmledger.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("child-stderr.txt");
        int recipients;
        try (AppContext app = TestApp.open(data, DatabasePassword.of(PASSWORDS[0]))) {
            for (int i = 0; i < 30; i++) {
                app.recipients().save(CrashWriter.draft(i));
            }
            // a few megabytes, so that re-encrypting takes long enough to be interrupted
            String bulk = "x".repeat(1_000_000);
            for (int i = 0; i < 6; i++) {
                app.audit().record("test_bulk", i, AuditAction.UPDATE, bulk + i, bulk);
            }
            recipients = app.recipients().count();
        }
        int current = 0;
        int changedBeforeKill = 0;
        int keptOld = 0;
        long fullChangeMillis = 0;
        for (int round = 0; round < rounds; round++) {
            String next = PASSWORDS[1 - current];
            List<String> lines;
            try (ChildJvm child = new ChildJvm(PasswordChanger.class, PASSWORDS[current], stderr, data.toString(), next)) {
                assertThat(child.awaitLine("ready", 60_000)).as("child started: %s", stderrOf(stderr)).isTrue();
                if (round == 0) {
                    // the first change runs to its end, to learn how long a change takes on this machine
                    long start = System.nanoTime();
                    assertThat(child.awaitLine("changed", 120_000)).as("change: %s", stderrOf(stderr)).isTrue();
                    fullChangeMillis = Math.max(1, (System.nanoTime() - start) / 1_000_000);
                } else {
                    child.runFor(random.nextInt((int) (fullChangeMillis * 6 / 5) + 1));
                }
                lines = child.kill();
            }
            boolean reportedChanged = lines.contains("changed");
            int opensWith = opensWith(data);
            assertThat(opensWith).as("round %d (seed %d): opens with old or new password", round, seed).isNotNegative();
            if (reportedChanged) {
                changedBeforeKill++;
                assertThat(opensWith).as("a reported change is durable").isEqualTo(1 - current);
            }
            if (opensWith == current) {
                keptOld++;
            }
            try (AppContext app = AppContext.open(new AppPaths(data), DatabasePassword.of(PASSWORDS[opensWith]))) {
                assertThat(app.recipients().count()).isEqualTo(recipients);
                assertThat(app.audit().list(cn.warmledger.domain.AuditQuery.all()).stream()
                        .filter(e -> e.entity().equals("test_bulk")).count()).isEqualTo(6);
            }
            current = opensWith;
        }
        System.out.printf("password change: %d rounds (a change takes %d ms), %d completed before the kill,"
                + " %d kept the old password (seed %d)%n", rounds, fullChangeMillis, changedBeforeKill, keptOld, seed);
        assertThat(data.resolve("swap.tmp")).doesNotExist();
    }

    /** Index of the password the database opens with, -1 for neither. */
    private static int opensWith(Path data) {
        for (int i = 0; i < PASSWORDS.length; i++) {
            try (AppContext app = AppContext.open(new AppPaths(data), DatabasePassword.of(PASSWORDS[i]))) {
                return i;
            } catch (WrongPasswordException e) {
                // try the other one
            }
        }
        return -1;
    }

    private static String stderrOf(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
