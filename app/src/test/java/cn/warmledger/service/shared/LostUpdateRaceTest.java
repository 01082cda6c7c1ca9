package cn.warmledger.service.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.SharedDatabase;
import cn.warmledger.TestApp;
import cn.warmledger.TestEdits;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.EditConflictException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDetails;

/**
 * Two clerks on two PCs (two threads, each its own AppContext and connections) edit the same household again and
 * again: in every round both load it, then both save at the same moment. Exactly one save per round goes in, the
 * other is refused; the count kept in the row's 备注 is exactly the number of saves that went in: no update lost.
 */
class LostUpdateRaceTest {
    @TempDir
    Path dir;

    static final int ROUNDS = 100;

    SharedDatabase db;

    @BeforeEach
    void open() {
        db = SharedDatabase.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void twoClerksSavingTheSameHouseholdAtOnceNeverLoseAnUpdate() throws Exception {
        AppContext first = db.clerk("张三");
        AppContext second = db.clerk("李四");
        long id = first.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        first.recipients().save(TestEdits.recipient(first.recipients().details(id).orElseThrow(), null, "0"));

        CyclicBarrier loaded = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<int[]> one = pool.submit(() -> clerk(first, id, loaded));
            Future<int[]> two = pool.submit(() -> clerk(second, id, loaded));
            int[] a = one.get(5, TimeUnit.MINUTES);
            int[] b = two.get(5, TimeUnit.MINUTES);

            int saved = a[0] + b[0];
            int refused = a[1] + b[1];
            assertThat(saved).as("one save per round").isEqualTo(ROUNDS);
            assertThat(refused).as("the other refused").isEqualTo(ROUNDS);
            assertThat(a[0]).as("each clerk wins some rounds").isPositive();
            assertThat(b[0]).isPositive();
            RecipientDetails now = first.recipients().details(id).orElseThrow();
            assertThat(Integer.parseInt(now.recipient().note())).as("no lost update").isEqualTo(saved);
            assertThat(now.family()).extracting(m -> m.name()).containsExactly("韩小雨");
            long updates = first.audit().list(new AuditQuery(null, "recipient", null, null, 10_000)).stream()
                    .filter(e -> e.action().code().equals("UPDATE")).count();
            assertThat(updates).as("one 操作日志 entry per save that went in").isEqualTo(saved + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One clerk's rounds: load, wait for the other to have loaded too, add one to the count, save. */
    private static int[] clerk(AppContext app, long id, CyclicBarrier loaded) throws Exception {
        int saved = 0;
        int refused = 0;
        List<Throwable> other = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            RecipientDetails d = app.recipients().details(id).orElseThrow();
            loaded.await(1, TimeUnit.MINUTES);
            String next = String.valueOf(Integer.parseInt(d.recipient().note()) + 1);
            try {
                app.recipients().save(TestEdits.recipient(d, null, next));
                saved++;
            } catch (EditConflictException e) {
                refused++;
            } catch (RuntimeException e) {
                other.add(e);
            }
            loaded.await(1, TimeUnit.MINUTES); // both saves done before the next round loads
        }
        assertThat(other).as("no failure but the refusal").isEmpty();
        return new int[] {saved, refused};
    }
}
