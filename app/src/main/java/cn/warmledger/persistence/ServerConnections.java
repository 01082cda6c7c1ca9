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
 * clerk. Short timeouts throughout: a server that is gone is noticed in seconds (connect 5 s, a pooled connection
 * waited for 5 s), not after the operating system's minutes-long TCP timeout.
 */
final class ServerConnections {
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private ServerConnections() {
    }

    /** A pool to {@code address}, its first connection made now: a wrong password or a missing database fails here. */
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
        config.addDataSourceProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        config.addDataSourceProperty("loginTimeout", CONNECT_TIMEOUT_SECONDS);
        config.addDataSourceProperty("tcpKeepAlive", true);
        config.addDataSourceProperty("ApplicationName", "WarmLedger");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw translate(e, address);
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
            default -> state.startsWith("08") || state.startsWith("57P") ? "server.connectionLost"
                    : state.startsWith("28") ? "server.noPermission" : null;
        };
        return key == null ? Optional.empty() : Optional.of(Messages.get(key, Messages.get("database.someField")));
    }
}
