package cn.warmledger.persistence;

import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The warm-up of a fresh JVM before a sign-in (issue 16; {@link Database#warmUp}): what the sign-in will run, run
 * once on a throwaway in-memory database, so that the clerk's sign-in runs warm.
 */
final class DatabaseWarmUp {
    private DatabaseWarmUp() {
    }

    /**
     * The key derivation's HMAC-SHA256 compiled by the JIT ({@link FileKeys#warmUp}), H2's engine, Flyway's
     * migrations and jOOQ's first queries loaded — on a throwaway in-memory database and a throwaway password.
     * Nothing is written to disk and nothing of the clerk's is read. Returns whether the database part went through.
     */
    static boolean run() {
        FileKeys.warmUp();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:warm-up-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=0;TRACE_LEVEL_FILE=0", "sa", "");
        try {
            H2File.migrate(pool);
            DSLContext dsl = DSL.using(pool, SQLDialect.H2, JooqContexts.settings(false));
            dsl.fetchCount(cn.warmledger.persistence.jooq.Tables.RECIPIENT);
            dsl.selectFrom(cn.warmledger.persistence.jooq.Tables.ORGANIZATION).fetch();
            return true;
        } catch (RuntimeException e) {
            // the sign-in runs cold; it opens and migrates the folder itself
            return false;
        } finally {
            pool.dispose();
        }
    }
}
