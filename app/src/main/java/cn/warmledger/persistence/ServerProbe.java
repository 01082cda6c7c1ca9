package cn.warmledger.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;

/**
 * 测试连接 of 设置 → 数据库: one connection to the office's server with what the form holds, closed at once; the
 * answer is empty when it works, else the Chinese reason (unreachable, wrong password, no such database).
 */
public final class ServerProbe {
    static final int TIMEOUT_SECONDS = 5;

    private ServerProbe() {
    }

    public static Optional<String> check(ServerAddress address, DatabasePassword password) {
        Properties p = new Properties();
        p.setProperty("user", address.user());
        p.setProperty("password", new String(password.chars()));
        p.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        p.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        p.setProperty("socketTimeout", String.valueOf(2 * TIMEOUT_SECONDS));
        p.setProperty("ApplicationName", "WarmLedger");
        try (Connection c = DriverManager.getConnection(address.jdbcUrl(), p)) {
            return c.isValid(TIMEOUT_SECONDS) ? Optional.empty()
                    : Optional.of(Messages.get("server.unreachable", address.host() + ":" + address.port()));
        } catch (SQLException e) {
            return Optional.of(reason(e, address));
        }
    }

    private static String reason(SQLException e, ServerAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01" -> Messages.get("server.wrongPassword", address.user());
            case "28000", "42501" -> Messages.get("server.noPermission", address.user());
            case "3D000" -> Messages.get("server.databaseMissing", address.database());
            default -> Messages.get("server.unreachable", address.host() + ":" + address.port());
        };
    }
}
