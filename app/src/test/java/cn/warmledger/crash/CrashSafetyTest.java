package cn.warmledger.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * Crash safety for real: a child JVM writes through the service layer and reports each committed id; the
 * test kills it with SIGKILL at a random moment, reopens the (encrypted) database and checks that every
 * reported id is there. {@value #DEFAULT_ROUNDS} rounds by default; {@code -Dwarmledger.crashRounds=500}
 * for a long run.
 */
class CrashSafetyTest {
    static final int DEFAULT_ROUNDS = 20;
    static final String SECRET = "Crash-Test-Secret-1";
    @TempDir
    Path dir;

    @Test
    void everyCommittedSaveSurvivesASigkillAtARandomMoment() throws Exception {
        int rounds = Integer.getInteger("warmledger.crashRounds", DEFAULT_ROUNDS);
        long seed = Long.getLong("warmledger.crashSeed", System.nanoTime());
        Random random = new Random(seed);
        Path data = dir.resolve("data");
        Path stderr = dir.resolve("child-stderr.txt");
        try (AppContext app = TestApp.open(data, DatabasePassword.of(SECRET))) {
            assertThat(app.passwords().encrypted()).isTrue();
        }
        Set<Long> reported = new HashSet<>();
        int killedMidWrite = 0;
        long started = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            List<String> lines;
            try (ChildJvm child = new ChildJvm(CrashWriter.class, SECRET, stderr, data.toString(),
                    String.valueOf(round * 10_000))) {
                assertThat(child.awaitLine("ready", 60_000)).as("child started (seed %d): %s", seed, stderrOf(stderr))
                        .isTrue();
                if (random.nextInt(4) == 0) {
                    child.runFor(random.nextInt(150)); // at once: during the first save, or just before it
                } else {
                    assertThat(child.awaitLine("id ", 60_000)).as("first save: %s", stderrOf(stderr)).isTrue();
                    child.runFor(random.nextInt(300));
                }
                assertThat(child.alive()).as("child still writing when killed: %s", stderrOf(stderr)).isTrue();
                lines = child.kill();
            }
            Set<Long> ids = lines.stream().filter(l -> l.matches("id \\d+")).map(l -> Long.parseLong(l.substring(3)))
                    .collect(Collectors.toSet());
            if (!ids.isEmpty()) {
                killedMidWrite++;
            }
            reported.addAll(ids);
            try (AppContext app = AppContext.open(new AppPaths(data), DatabasePassword.of(SECRET))) {
                Set<Long> present = app.recipients().search(RecipientQuery.all()).stream().map(RecipientSummary::id)
                        .collect(Collectors.toSet());
                assertThat(present).as("round %d, seed %d", round, seed).containsAll(reported);
                assertThat(app.tableCounts()).isNotEmpty();
            }
        }
        System.out.printf("crash safety: %d rounds, %d with saves before the kill, %d ids checked, %.1f s (seed %d)%n",
                rounds, killedMidWrite, reported.size(), (System.nanoTime() - started) / 1e9, seed);
        assertThat(killedMidWrite).as("rounds killed while saving").isGreaterThanOrEqualTo(rounds / 2);
    }

    private static String stderrOf(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
