package cn.warmledger.service.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.testing.TestDatabases;

/**
 * The server cut mid-save (issue 18 point 4; docs/decisions/18-6), on the real test cluster: a save — and a batch
 * import's chunk — is held mid-transaction by a lock another connection takes on a table it writes late, the
 * cluster is stopped (fast: its sessions are cut) while it waits, and started again. The database then holds none of
 * it (row counts per table, the 操作日志 as the data), the link says 中断 and comes back by itself, and the same
 * context saves the same thing whole — no restart of the application.
 */
class ServerCutTest {
    private static final List<String> TABLES = List.of("recipient", "hardship_file", "hardship_status_history",
            "family_member", "audit_log");
    @TempDir
    Path dir;
    private PostgresCluster cluster;
    private AppContext app;
    private ServerAddress address;

    @BeforeEach
    void open() {
        // once per build: in the suites' PostgreSQL run (the H2 run has no server to lose)
        org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabases.onPostgres(), "runs in the PostgreSQL execution");
        cluster = PostgresCluster.get();
        app = TestApp.openOnServer(dir);
        address = app.server().orElseThrow();
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aSaveCutMidTransactionLeavesNothingAndTheNextSaveWorks() throws Exception {
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "李梅")); // something there before
        Map<String, Long> before = counts();
        RecipientDraft household = TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"); // recipient, 档案, family, 操作日志

        Throwable cut = cutWhileWaiting("family_member", () -> app.recipients().save(household));

        assertTrue(ServerLink.isConnectionLost(cut), "a lost connection, not a refusal: " + cut);
        assertTrue(app.serverLink().state().lost(), "the link heard of it at once");
        assertEquals(before, counts(), "nothing of the cut save is in the database");
        awaitConnected();

        long id = app.recipients().save(household); // the same context, the same save: whole now
        Map<String, Long> after = counts();
        assertEquals(before.get("recipient") + 1, after.get("recipient"));
        assertEquals(before.get("hardship_file") + 1, after.get("hardship_file"));
        assertEquals(before.get("family_member") + 1, after.get("family_member"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE entity = 'recipient' AND action = 'INSERT'"
                + " AND entity_id = '" + id + "'"), "the 操作日志 records the saved recipient once");
        assertAuditMatchesRecipients();
    }

    @Test
    void aBatchImportCutInItsSecondChunkLeavesNoneOfItsRows() throws Exception {
        List<RecipientDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 450; i++) { // three chunks of at most 200
            drafts.add(TestApp.modelWorker(IdNumber.withCheckChar("11010119800101" + (100 + i)).value(),
                    "丁" + i));
        }
        Map<String, Long> before = counts();
        // the 操作日志 is written at the end of each chunk: the first chunk's rows are in when the import waits
        Throwable cut = cutWhileWaiting("audit_log", () -> app.recipients().saveAll(drafts, n -> { }));

        assertTrue(ServerLink.isConnectionLost(cut), "a lost connection: " + cut);
        assertEquals(before, counts(), "not one row of the cut import is in the database");
        awaitConnected();

        assertEquals(450, app.recipients().saveAll(drafts, n -> { }).size());
        assertEquals(before.get("recipient") + 450, counts().get("recipient"));
        assertAuditMatchesRecipients();
    }

    /**
     * Runs {@code save} on its own thread, lets it write until it waits for {@code lockedTable} (held by another
     * connection), stops the cluster under it and starts it again; the save's failure.
     */
    private Throwable cutWhileWaiting(String lockedTable, Supplier<?> save) throws Exception {
        Connection locker = connect();
        locker.setAutoCommit(false);
        try (Statement s = locker.createStatement()) {
            s.execute("LOCK TABLE " + lockedTable + " IN EXCLUSIVE MODE");
        }
        CompletableFuture<Object> saving = CompletableFuture.supplyAsync(save::get);
        awaitWaitingOnLock(locker);
        try {
            cluster.stop(); // the locker's session is cut with the save's
        } finally {
            cluster.restart();
            locker.close();
        }
        ExecutionException failed = assertThrows(ExecutionException.class, () -> saving.get(60, TimeUnit.SECONDS));
        return failed.getCause();
    }

    private static void awaitWaitingOnLock(Connection locker) throws Exception {
        for (int i = 0; i < 600; i++) {
            try (Statement s = locker.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks WHERE NOT granted")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the save never reached the locked table");
    }

    private void awaitConnected() throws InterruptedException {
        // the link's own check (2 s after the loss, then 4 s …) finds the server back; nobody calls it here
        for (int i = 0; i < 300 && app.serverLink().state().lost(); i++) {
            Thread.sleep(100);
        }
        assertTrue(app.serverLink().state().connected(), "the link found the server back by itself");
    }

    private void assertAuditMatchesRecipients() throws Exception {
        assertEquals(count("SELECT COUNT(*) FROM recipient"),
                count("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE entity = 'recipient'"
                        + " AND action = 'INSERT'"), "each recipient has its 操作日志 entry, none more");
    }

    private Map<String, Long> counts() throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }

    private long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Connection connect() throws java.sql.SQLException {
        return DriverManager.getConnection(cluster.jdbcUrl(address.database()), PostgresCluster.USER,
                new String(cluster.password()));
    }
}
