package cn.warmledger.persistence;

import java.sql.Connection;
import java.util.function.Supplier;

import org.jooq.DSLContext;

/**
 * Runs service work in one database transaction on the calling thread: every repository call made
 * inside shares it, and an exception rolls all of it back.
 */
public final class Transactor {
    private final Database database;
    private final DSLContext dsl;

    public Transactor(Database database) {
        this.database = database;
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
     * The work must not write. The level is set on the connection before its transaction begins and set back after
     * the commit or rollback ({@link Database#withIsolation}); inside a transaction already open on this thread the
     * read is refused: its level cannot change there (H2 would commit the open transaction, PostgreSQL refuses).
     */
    public <T> T readSnapshot(Supplier<T> work) {
        if (!dsl.connectionResult(Connection::getAutoCommit)) {
            throw new IllegalStateException("readSnapshot inside an open transaction");
        }
        return database.withIsolation(Connection.TRANSACTION_REPEATABLE_READ, () -> dsl.transactionResult(work::get));
    }
}
