package cn.warmledger.persistence;

import java.sql.SQLException;
import java.util.Optional;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;

/**
 * The connection pool to the office's PostgreSQL server (docs/decisions/18-1) and what its failures say to the
 * clerk. Two kinds of wait. Making a new connection (TCP, SSL, the password exchange) is given time: a county's
 * server may be slow or far, a PC busy, a JVM cold — a `db copy` under load failed its login after 5 s while the
 * server was fine. Waiting for a pooled connection while working is short: a server that is gone is noticed in
 * seconds (a pooled connection waited for 5 s and checked before it is lent), not after the operating system's
 * minutes-long TCP timeout; a statement left without an answer ends after 120 s of silence.
 */
final class ServerConnections {
    /** Waiting for a pooled connection once the database is open: a lost server is said this soon. */
    static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** TCP connect of one new connection (a refused or unknown host fails at once anyway). */
    static final int TCP_CONNECT_SECONDS = 10;
    /** One new connection's whole login: TCP, SSL and the password exchange (SCRAM), on a slow server or busy PC. */
    static final int LOGIN_TIMEOUT_SECONDS = 30;
    static final int STATEMENT_SILENCE_SECONDS = 120;

    private ServerConnections() {
    }

    /**
     * A pool to {@code address}, its first connection made now (its login may take {@link #LOGIN_TIMEOUT_SECONDS}): a
     * wrong password or a missing database fails here. A borrow waits {@link #CONNECT_TIMEOUT_SECONDS} from the
     * start, so a lost server is noticed at once; what opening needs beyond the first connection, {@link #warm} makes
     * while it waits.
     */
    static HikariDataSource open(ServerAddress address, char[] password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("warmledger-server");
        config.setJdbcUrl(address.jdbcUrl());
        config.setUsername(address.user());
        config.setPassword(password == null ? "" : new String(password));
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECT_TIMEOUT_SECONDS * 1000L);
        config.setValidationTimeout(3000);
        config.setKeepaliveTime(60_000);
        config.setInitializationFailTimeout(1); // the first connection's failure is the open's failure
        config.addDataSourceProperty("connectTimeout", TCP_CONNECT_SECONDS);
        config.addDataSourceProperty("loginTimeout", LOGIN_TIMEOUT_SECONDS);
        config.addDataSourceProperty("tcpKeepAlive", true);
        // a statement whose server vanished without a word (cable pulled) ends after this; the longest report's
        // query takes seconds even at city scale (docs/benchmarks.md)
        config.addDataSourceProperty("socketTimeout", STATEMENT_SILENCE_SECONDS);
        config.addDataSourceProperty("ApplicationName", "WarmLedger");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw translate(e, address);
        }
    }

    /**
     * Makes sure {@code pool} holds {@code count} connections before opening goes on (Flyway takes a second one beside
     * the first): on a slow server a new login takes longer than a borrow's 5 s, so a borrow that gave up is asked
     * again while the pool's own login goes on, up to {@link #LOGIN_TIMEOUT_SECONDS} in all. The connections are
     * given back to the pool, ready.
     */
    static void warm(HikariDataSource pool, int count) throws SQLException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(LOGIN_TIMEOUT_SECONDS);
        java.util.List<java.sql.Connection> held = new java.util.ArrayList<>();
        try {
            while (held.size() < count) {
                try {
                    held.add(pool.getConnection());
                } catch (java.sql.SQLTransientConnectionException e) {
                    if (System.nanoTime() > deadline) {
                        throw e;
                    }
                }
            }
        } finally {
            for (java.sql.Connection c : held) {
                c.close();
            }
        }
    }

    /** A failure to connect to {@code address} as the clerk is told it. */
    static DatabaseException translate(Throwable e, ServerAddress address) {
        SQLException sql = Causes.find(e, SQLException.class).orElse(null);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String key = switch (state) {
            case "28P01" -> "server.wrongPassword";
            case "28000", "42501" -> "server.noPermission";
            case "3D000" -> "server.databaseMissing";
            default -> state.startsWith("08") || Causes.find(e, java.net.ConnectException.class).isPresent()
                    || Causes.find(e, java.net.UnknownHostException.class).isPresent()
                    || Causes.find(e, java.net.SocketTimeoutException.class).isPresent()
                    ? "server.unreachable" : null;
        };
        if (key == null) {
            return new DatabaseException("server.failed", e, state.isEmpty() ? "连接" : state);
        }
        Object arg = switch (key) {
            case "server.wrongPassword", "server.noPermission" -> address.user();
            case "server.databaseMissing" -> address.database();
            default -> address.host() + ":" + address.port();
        };
        return new DatabaseException(key, e, arg);
    }

    /** PostgreSQL's SQLStates of a lost connection: class 08, and 57P (the server shutting down or restarting). */
    static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /**
     * The Chinese message for a failed statement on the server, by PostgreSQL's SQLState (its error code is always
     * 0); empty when {@code sql} is not one of PostgreSQL's.
     */
    static Optional<String> describe(SQLException sql) {
        String state = sql.getSQLState();
        if (sql instanceof java.sql.SQLTransientConnectionException) {
            return Optional.of(Messages.get("server.connectionLost"));
        }
        if (sql.getErrorCode() != 0 || state == null || state.length() != 5) {
            return Optional.empty();
        }
        String key = switch (state) {
            case "22001", "22003" -> "database.valueTooLarge";
            case "23505" -> "database.duplicate";
            case "23503" -> "database.inUseByOthers";
            case "40001", "40P01", "55P03", "57014" -> "database.busy";
            default -> isConnectionState(state) ? "server.connectionLost"
                    : state.startsWith("28") ? "server.noPermission" : null;
        };
        return key == null ? Optional.empty() : Optional.of(Messages.get(key, Messages.get("database.someField")));
    }
}
