package cn.warmledger.persistence;

import java.sql.Connection;
import java.util.function.Supplier;

import org.jooq.DSLContext;

/**
 * Runs service work in one database transaction on the calling thread: every repository call made
 * inside shares it, and an exception rolls all of it back.
 */
public final class Transactor {
    private final DSLContext dsl;

    public Transactor(Database database) {
        this.dsl = database.dsl();
    }

    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    public void run(Runnable work) {
        dsl.transaction(work::run);
    }

    /**
     * Runs reading work on one consistent snapshot: every query inside sees the data as it was at the first one,
     * whatever other connections commit meanwhile (REPEATABLE READ, which H2's MVStore serves from a snapshot,
     * as PostgreSQL does). What goes upward is read this way, so a table's figures all come from one moment.
     * The work must not write.
     */
    public <T> T readSnapshot(Supplier<T> work) {
        return dsl.transactionResult(() -> {
            // set before the first statement of the transaction; the pooled connection gets its level back after
            int before = dsl.connectionResult(Connection::getTransactionIsolation);
            dsl.connection(c -> c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ));
            try {
                return work.get();
            } finally {
                dsl.connection(c -> c.setTransactionIsolation(before));
            }
        });
    }
}
