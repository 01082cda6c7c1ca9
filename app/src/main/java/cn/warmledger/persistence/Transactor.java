package cn.warmledger.persistence;

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
}
