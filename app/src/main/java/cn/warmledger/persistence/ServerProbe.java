package cn.warmledger.persistence;

import java.util.Optional;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.ServerAddress;

/**
 * 测试连接 of 设置 → 数据库: one connection to the office's server with what the form holds, made as the real open makes
 * it ({@link ServerConnections}: the same timeouts, the same Chinese reasons), closed at once; nothing is migrated.
 */
public final class ServerProbe {
    private ServerProbe() {
    }

    /** Empty when the server takes the login, else the reason (unreachable, wrong password, no such database). */
    public static Optional<String> check(ServerAddress address, DatabasePassword password) {
        char[] chars = password.chars();
        try (com.zaxxer.hikari.HikariDataSource pool = ServerConnections.open(address, chars)) {
            return Optional.empty();
        } catch (DatabaseException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of(ServerConnections.translate(e, address).getMessage());
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
    }
}
