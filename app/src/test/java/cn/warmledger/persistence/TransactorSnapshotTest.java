package cn.warmledger.persistence;

import cn.warmledger.testing.TestDatabases;

import static cn.warmledger.persistence.jooq.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One snapshot for a whole read: what another connection commits meanwhile is not seen until the read is over. */
class TransactorSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void everyQueryOfASnapshotSeesTheSameMoment() throws Exception {
        try (Database db = TestDatabases.open(dir)) {
            DSLContext dsl = db.dsl();
            Transactor tx = new Transactor(db);
            dsl.insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values("a", "1").execute();
            List<Integer> seen = tx.readSnapshot(() -> {
                int first = dsl.fetchCount(SETTING);
                // another connection (another thread) commits a row in the middle of the read
                CompletableFuture.runAsync(() -> dsl.insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE)
                        .values("b", "2").execute()).join();
                return List.of(first, dsl.fetchCount(SETTING), dsl.fetchCount(SETTING, SETTING.SETTING_KEY.eq("b")));
            });
            assertThat(seen).containsExactly(1, 1, 0);
            assertThat(dsl.fetchCount(SETTING)).isEqualTo(2);
            // the pooled connection is handed back as it was lent: READ COMMITTED
            assertThat(dsl.connectionResult(Connection::getTransactionIsolation))
                    .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /**
     * The level is set back after the rollback, not inside the transaction: changing it there commits on H2 (and is
     * refused by PostgreSQL), so a read that fails would keep what it wrote.
     */
    @Test
    void theLevelIsSetBackAfterTheRollbackNotInsideTheTransaction() {
        try (Database db = TestDatabases.open(dir)) {
            DSLContext dsl = db.dsl();
            Transactor tx = new Transactor(db);
            assertThatThrownBy(() -> tx.readSnapshot(() -> {
                dsl.insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values("written", "1").execute();
                throw new IllegalStateException("the read fails");
            })).hasMessage("the read fails").satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
            assertThat(dsl.fetchCount(SETTING, SETTING.SETTING_KEY.eq("written"))).as("rolled back").isZero();
            assertThat(dsl.connectionResult(Connection::getTransactionIsolation))
                    .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
        }
    }

    /** Inside an open transaction a snapshot read is refused: its level cannot change there without a commit. */
    @Test
    void aSnapshotReadInsideAnOpenTransactionIsRefusedAndCommitsNothing() {
        try (Database db = TestDatabases.open(dir)) {
            DSLContext dsl = db.dsl();
            Transactor tx = new Transactor(db);
            assertThatThrownBy(() -> tx.run(() -> {
                dsl.insertInto(SETTING, SETTING.SETTING_KEY, SETTING.SETTING_VALUE).values("outer", "1").execute();
                try {
                    tx.readSnapshot(() -> dsl.fetchCount(SETTING));
                } catch (IllegalStateException refused) {
                    // refused: the outer transaction goes on untouched
                }
                // the outer work fails: nothing of it may stay behind
                throw new IllegalStateException("outer work fails");
            })).hasMessage("outer work fails");
            assertThat(dsl.fetchCount(SETTING, SETTING.SETTING_KEY.eq("outer"))).as("rolled back").isZero();
            assertThatThrownBy(() -> tx.run(() -> tx.readSnapshot(() -> 1)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("open transaction");
        }
    }
}
