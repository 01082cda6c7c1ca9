package cn.warmledger.service.settings;

import java.nio.file.Path;
import java.util.Optional;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.persistence.ServerProbe;

/**
 * 设置 → 数据库 and the first sign-in page: 本机数据库 or the office's server, kept in {@link ConnectionFile} (outside
 * the database, docs/decisions/18-3), and 测试连接. A change takes effect at the next start.
 */
public final class DatabaseConnectionService {
    private final ConnectionFile file;

    public DatabaseConnectionService(Path dataDir) {
        this.file = new ConnectionFile(dataDir);
    }

    public ConnectionFile.Choice current() {
        return file.read();
    }

    /** The saved server password, decrypted, for opening the server at start. */
    public Optional<DatabasePassword> savedPassword() {
        return file.password();
    }

    /** Saves the choice; {@code password} null keeps the saved one (the same server only). */
    public void save(boolean useServer, ServerAddress server, DatabasePassword password) {
        if (!useServer) {
            file.chooseLocal();
            return;
        }
        file.chooseServer(server, password);
    }

    /** Connects once with {@code password}, or the saved one when null; empty when it works, else why not. */
    public Optional<String> test(ServerAddress server, DatabasePassword password) {
        DatabasePassword used = password;
        if (used == null) {
            ConnectionFile.Choice saved = file.read();
            if (!server.equals(saved.server()) || !saved.passwordSaved()) {
                throw new InvalidValueException(Messages.get("connection.password"), Messages.get("error.required"));
            }
            used = file.password().orElseThrow();
        }
        return ServerProbe.check(server, used);
    }
}
