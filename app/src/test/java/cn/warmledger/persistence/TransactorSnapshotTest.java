package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SETTING;
import static org.assertj.core.api.Assertions.assertThat;

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
        try (Database db = Database.open(dir)) {
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
}
