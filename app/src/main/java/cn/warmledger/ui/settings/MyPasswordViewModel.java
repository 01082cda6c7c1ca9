package cn.warmledger.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.service.safety.OperatorAccounts;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 我的密码 (an operator signed in with her account on the server): her current password, the new one twice,
 * 修改密码. The check and the BCrypt hash run off the FX thread in {@link OperatorAccounts#changeOwnPassword}; the
 * fields are emptied once it is done, and after a refusal too (a password is never kept in a form).
 */
public final class MyPasswordViewModel {
    private final OperatorAccounts accounts;
    private final TaskRunner tasks;
    final StringProperty current = new SimpleStringProperty("");
    final StringProperty next = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public MyPasswordViewModel(OperatorAccounts accounts, TaskRunner tasks) {
        this.accounts = accounts;
        this.tasks = tasks;
    }

    public void change() {
        error.set("");
        status.set("");
        String old = current.get() == null ? "" : current.get();
        String typed = next.get() == null ? "" : next.get();
        if (old.isEmpty() || typed.isEmpty()) {
            error.set(new InvalidValueException(Messages.get(old.isEmpty() ? "field.currentPassword" : "myPassword.new"),
                    Messages.get("error.required")).getMessage());
            return;
        }
        if (!typed.equals(confirm.get())) {
            error.set(Texts.get("signin.confirmMismatch"));
            return;
        }
        DatabasePassword oldPassword = DatabasePassword.of(old);
        DatabasePassword newPassword = DatabasePassword.of(typed);
        busy.set(true);
        tasks.submit("own-password", p -> {
            accounts.changeOwnPassword(oldPassword, newPassword);
            return Texts.get("myPassword.changed");
        }, done -> {
            clear();
            status.set(done);
        }, e -> {
            clear();
            error.set(Texts.problem(e, "myPassword.failed"));
        });
    }

    private void clear() {
        busy.set(false);
        current.set("");
        next.set("");
        confirm.set("");
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
