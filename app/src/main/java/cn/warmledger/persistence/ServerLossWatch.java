package cn.warmledger.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

/**
 * A database's watch on its server going away (issue 18 point 4, docs/decisions/18-6): tells the listeners when a
 * statement or the taking of a connection failed because the server cannot be reached, and runs the light check
 * whether the database answers now. An H2 file cannot go away: its failures tell nobody.
 */
final class ServerLossWatch {
    private final boolean onServer;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    ServerLossWatch(boolean onServer) {
        this.onServer = onServer;
    }

    /** {@code listener} runs (on the failing thread) each time a failure is the server's loss. */
    void listen(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells the listeners when {@code failure} means the server is gone (null: nothing failed). */
    void notice(Throwable failure) {
        if (onServer && failure != null && DatabaseErrors.isConnectionLost(failure)) {
            listeners.forEach(Runnable::run);
        }
    }

    /**
     * True when {@code pool} answers a trivial query now, taking at most the pool's connect timeout (5 s). Never
     * throws.
     */
    static boolean answers(DataSource pool) {
        // a pooled connection the server cut, used less than half a second ago, is lent without the pool's own
        // check: its failure makes the pool drop it, so the next one is asked — a few times, never a pool wait again
        for (int attempt = 0; attempt < 3; attempt++) {
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.setQueryTimeout(ServerConnections.CONNECT_TIMEOUT_SECONDS);
                s.execute("SELECT 1");
                return true;
            } catch (java.sql.SQLTransientConnectionException e) {
                return false; // the pool waited 5 s for a connection: the server is gone
            } catch (SQLException | RuntimeException e) {
                // a dead connection: try the next
            }
        }
        return false;
    }
}
