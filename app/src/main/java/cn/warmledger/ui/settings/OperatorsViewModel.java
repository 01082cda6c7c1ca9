package cn.warmledger.ui.settings;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.OperatorAccount;
import cn.warmledger.domain.OperatorRole;
import cn.warmledger.service.safety.OperatorAccounts;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 操作员 (administrators on the shared server): the accounts, 添加 with a first password, 重设密码 and
 * 停用/启用 of the chosen one. Every change runs off the FX thread; the service checks the administrator again.
 */
public final class OperatorsViewModel {
    private final OperatorAccounts accounts;
    private final TaskRunner tasks;
    final ObservableList<OperatorAccount> rows = FXCollections.observableArrayList();
    final ObjectProperty<OperatorAccount> selected = new SimpleObjectProperty<>();
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    final BooleanProperty administrator = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();

    public OperatorsViewModel(OperatorAccounts accounts, TaskRunner tasks) {
        this.accounts = accounts;
        this.tasks = tasks;
    }

    public void reload() {
        tasks.submit("operators", p -> accounts.list(), list -> {
            rows.setAll(list);
            loaded.set(true);
        }, e -> {
            loaded.set(true);
            error.set(Texts.problem(e, "operators.failed"));
        });
    }

    /** 添加: the name, a first password (twice) and whether she is an administrator. */
    public void add() {
        String who = name.get() == null ? "" : name.get().strip();
        DatabasePassword pw = typedPassword();
        if (pw == null) {
            return;
        }
        OperatorRole role = administrator.get() ? OperatorRole.ADMINISTRATOR : OperatorRole.CLERK;
        run("operator-add", () -> accounts.add(who, pw, role), Texts.get("operators.added", who));
    }

    /** 重设密码 of the chosen operator to what the two password fields hold. */
    public void resetPassword() {
        OperatorAccount chosen = chosen();
        DatabasePassword pw = chosen == null ? null : typedPassword();
        if (pw == null) {
            return;
        }
        run("operator-reset", () -> accounts.resetPassword(chosen.name(), pw),
                Texts.get("operators.reset", chosen.name()));
    }

    /** 停用 the chosen operator, or 启用 her again. */
    public void toggleActive() {
        OperatorAccount chosen = chosen();
        if (chosen == null) {
            return;
        }
        boolean active = !chosen.active();
        run("operator-active", () -> accounts.setActive(chosen.name(), active),
                Texts.get(active ? "operators.enabled" : "operators.disabled", chosen.name()));
    }

    private OperatorAccount chosen() {
        OperatorAccount chosen = selected.get();
        if (chosen == null) {
            error.set(Texts.get("operators.chooseFirst"));
        }
        return chosen;
    }

    private DatabasePassword typedPassword() {
        String typed = password.get() == null ? "" : password.get();
        if (typed.isEmpty()) {
            error.set(new InvalidValueException(Messages.get("field.password"), Messages.get("error.required"))
                    .getMessage());
            return null;
        }
        if (!typed.equals(confirm.get())) {
            error.set(Texts.get("signin.confirmMismatch"));
            return null;
        }
        return DatabasePassword.of(typed);
    }

    private void run(String name, Runnable work, String done) {
        error.set("");
        status.set("");
        tasks.submit(name, p -> {
            work.run();
            return done;
        }, message -> {
            password.set("");
            confirm.set("");
            this.name.set("");
            administrator.set(false);
            status.set(message);
            reload();
        }, e -> error.set(Texts.problem(e, "operators.failed")));
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
