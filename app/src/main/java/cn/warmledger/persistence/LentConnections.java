package cn.warmledger.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.jooq.ConnectionProvider;
import org.jooq.exception.DataAccessException;

/**
 * Hands jOOQ a connection of whichever pool is current (an H2 file's pool changes on a password change or restore),
 * runs the access check first, and sets the isolation level asked for with {@link #withIsolation} on the connection
 * before its transaction begins and back when it returns: drivers refuse (PostgreSQL) or commit first (H2) a change
 * of isolation level inside a transaction.
 */
final class LentConnections implements ConnectionProvider {
    private final Supplier<DataSource> pool;
    private final Supplier<Runnable> accessCheck;
    /** The isolation level the next connection lent on this thread gets before its transaction begins. */
    private final ThreadLocal<Integer> isolationOfNext = new ThreadLocal<>();
    /** The connection lent with another isolation level on this thread, and the level it is handed back with. */
    private final ThreadLocal<Connection> lentIsolated = new ThreadLocal<>();
    private final ThreadLocal<Integer> levelToRestore = new ThreadLocal<>();

    LentConnections(Supplier<DataSource> pool, Supplier<Runnable> accessCheck) {
        this.pool = pool;
        this.accessCheck = accessCheck;
    }

    <T> T withIsolation(int isolation, Supplier<T> work) {
        isolationOfNext.set(isolation);
        try {
            return work.get();
        } finally {
            isolationOfNext.remove();
        }
    }

    @Override
    public Connection acquire() {
        Runnable check = accessCheck.get();
        if (check != null) {
            check.run();
        }
        Connection c;
        try {
            c = pool.get().getConnection();
        } catch (SQLException e) {
            throw new DataAccessException("no connection", e);
        }
        Integer isolation = isolationOfNext.get();
        if (isolation != null) {
            isolationOfNext.remove();
            try {
                int before = c.getTransactionIsolation();
                if (before != isolation) {
                    c.setTransactionIsolation(isolation);
                    lentIsolated.set(c);
                    levelToRestore.set(before);
                }
            } catch (SQLException e) {
                closeQuietly(c);
                throw new DataAccessException("isolation", e);
            }
        }
        return c;
    }

    @Override
    public void release(Connection connection) {
        try {
            if (lentIsolated.get() == connection) {
                int before = levelToRestore.get();
                lentIsolated.remove();
                levelToRestore.remove();
                connection.setTransactionIsolation(before);
            }
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new DataAccessException("isolation", e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            throw new DataAccessException("release", e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // the connection is given up either way
        }
    }
}
