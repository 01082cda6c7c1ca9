package cn.warmledger.ui.settings;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.settings.ConnectionFile;
import cn.warmledger.service.settings.DatabaseConnectionService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 数据库 (and the first sign-in page): 本机数据库（默认） or 单位服务器 with its address, login and SSL; 保存 writes
 * the connection file (used from the next start) and 测试连接 tries the form as it is, off the FX thread. The
 * password is never shown back: a blank field keeps the saved one.
 */
public final class DatabaseSettingsViewModel {
    private final DatabaseConnectionService connection;
    private final TaskRunner tasks;
    final BooleanProperty useServer = new SimpleBooleanProperty(false);
    final StringProperty host = new SimpleStringProperty("");
    final StringProperty port = new SimpleStringProperty(String.valueOf(ServerAddress.DEFAULT_PORT));
    final StringProperty database = new SimpleStringProperty("");
    final StringProperty user = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final BooleanProperty ssl = new SimpleBooleanProperty(false);
    final BooleanProperty passwordSaved = new SimpleBooleanProperty(false);
    private final StringProperty result = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty testing = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ConnectionCheck check = new ConnectionCheck(testing, result, error);

    /** True on the sign-in pages: a server is saved only once it answers (see {@link #connectFirst}). */
    private boolean connectFirst;

    public DatabaseSettingsViewModel(DatabaseConnectionService connection, TaskRunner tasks) {
        this.connection = connection;
        this.tasks = tasks;
    }

    /**
     * On the sign-in pages 保存 switches at once to the server's sign-in, so a server that does not answer (a wrong
     * password, port or address) is refused there with the reason and nothing is saved. 设置 → 数据库 saves without
     * connecting: it may be set up before the server is (the change counts from the next start).
     */
    public DatabaseSettingsViewModel connectFirst() {
        connectFirst = true;
        return this;
    }

    /** Shows what the connection file holds (a small file, read off the FX thread like every read). */
    public void load() {
        busy.set(true);
        tasks.submit("database-settings-load", p -> connection.current(), this::show, e -> {
            busy.set(false);
            error.set(Texts.problem(e, "connection.unreadable"));
        });
    }

    private void show(ConnectionFile.Choice c) {
        useServer.set(c.useServer());
        if (c.server() != null) {
            host.set(c.server().host());
            port.set(String.valueOf(c.server().port()));
            database.set(c.server().database());
            user.set(c.server().user());
            ssl.set(c.server().ssl());
        }
        passwordSaved.set(c.passwordSaved());
        password.set("");
        busy.set(false);
    }

    /** The server the form names; refused with the field's name and the reason. */
    ServerAddress address() {
        String h = required("connection.host", host.get());
        String p = required("connection.port", port.get());
        int number;
        try {
            number = Integer.parseInt(p);
        } catch (NumberFormatException e) {
            number = -1;
        }
        if (number < 1 || number > 65535) {
            throw new InvalidValueException(Messages.get("connection.port"), Messages.get("settings.badPort", p));
        }
        String db = required("connection.database", database.get());
        String u = required("connection.user", user.get());
        return new ServerAddress(h, number, db, u, ssl.get());
    }

    private static String required(String fieldKey, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidValueException(Messages.get(fieldKey), Messages.get("error.required"));
        }
        if (v.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidValueException(Messages.get(fieldKey), Messages.get("connection.noSpaces"));
        }
        return v;
    }

    private DatabasePassword typedPassword() {
        return password.get() == null || password.get().isEmpty() ? null : DatabasePassword.of(password.get());
    }

    /** Saves the choice for the next start, then {@code done} with it (the sign-in page switches to it). */
    public void save(Consumer<ConnectionFile.Choice> done) {
        if (busy.get()) {
            return;
        }
        boolean server = useServer.get();
        ServerAddress address;
        DatabasePassword typed;
        try {
            address = server ? address() : null;
            typed = server ? typedPassword() : null;
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            result.set("");
            return;
        }
        error.set("");
        busy.set(true);
        tasks.submit("database-settings-save", p -> {
            java.util.Optional<String> refused = server && connectFirst ? connection.test(address, typed)
                    : java.util.Optional.empty();
            if (refused.isPresent()) {
                return new Saved(null, refused.get());
            }
            connection.save(server, address, typed);
            return new Saved(connection.current(), null);
        }, outcome -> {
            if (outcome.refused() != null) {
                busy.set(false);
                result.set("");
                error.set(outcome.refused());
                return;
            }
            ConnectionFile.Choice saved = outcome.choice();
            show(saved);
            result.set(Texts.get(server ? "connection.saved.server" : "connection.saved.local"));
            done.accept(saved);
        }, e -> {
            busy.set(false);
            result.set("");
            error.set(Texts.problem(e, "connection.saveFailed"));
        });
    }

    /** What 保存 came to: the saved choice, or why the server refused (then nothing was saved). */
    private record Saved(ConnectionFile.Choice choice, String refused) {
    }

    /** 测试连接 with what the form holds now, saved or not (a blank password: the saved one). */
    public void testConnection() {
        ServerAddress address;
        DatabasePassword typed;
        try {
            address = address();
            typed = typedPassword();
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            result.set("");
            return;
        }
        check.started();
        tasks.submit("database-settings-test", p -> connection.test(address, typed), check::ended, check::failed);
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty testingProperty() {
        return testing;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
