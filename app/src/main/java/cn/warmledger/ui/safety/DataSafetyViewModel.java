package cn.warmledger.ui.safety;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.service.safety.BackupService;
import cn.warmledger.service.safety.PasswordService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** 备份与密码: change the database password, back up now or to a U盘, restore a checked backup. */
public final class DataSafetyViewModel {
    private final PasswordService passwords;
    private final BackupService backups;
    private final TaskRunner tasks;
    final StringProperty current = new SimpleStringProperty("");
    final StringProperty next = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    final StringProperty backupPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final ObservableList<String> backupFiles = FXCollections.observableArrayList();

    public DataSafetyViewModel(PasswordService passwords, BackupService backups, TaskRunner tasks) {
        this.passwords = passwords;
        this.backups = backups;
        this.tasks = tasks;
        next.addListener((o, a, now) -> strength.set(now.isEmpty() ? ""
                : Texts.get("signin.strength", DatabasePassword.of(now).strength().label())));
    }

    public boolean encrypted() {
        return passwords.encrypted();
    }

    public void refreshBackups() {
        tasks.submit("backup-list", p -> backups.list().stream().map(f -> f.getFileName().toString()).toList(),
                backupFiles::setAll, e -> { });
    }

    public void changePassword() {
        try {
            if (next.get().isEmpty()) {
                throw new InvalidValueException(Texts.get("field.password"), Texts.get("signin.passwordRequired"));
            }
            DatabasePassword n = DatabasePassword.of(next.get());
            n.checkStrongEnough();
            if (!next.get().equals(confirm.get())) {
                throw new InvalidValueException(Texts.get("field.password"), Texts.get("signin.confirmMismatch"));
            }
            DatabasePassword c = current.get().isEmpty() ? null : DatabasePassword.of(current.get());
            run("password-change", () -> {
                passwords.change(c, n);
                return Texts.get("safety.passwordChanged");
            });
            current.set("");
            next.set("");
            confirm.set("");
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
        }
    }

    public void backupNow() {
        run("backup-now", () -> Texts.get("safety.backedUp", backups.automatic()));
    }

    public void backupTo(Path folder) {
        run("backup-to", () -> Texts.get("safety.backedUp", backups.backupTo(folder)));
    }

    /** Checks the backup (nothing is replaced) and hands its row counts to {@code confirm}. */
    public void check(Path file, Consumer<BackupService.Check> confirmRestore) {
        DatabasePassword pw = backupPasswordOrNull();
        message.set(Texts.get("safety.checking"));
        error.set(null);
        tasks.submit("backup-check", p -> backups.verify(file, pw), check -> {
            message.set(null);
            confirmRestore.accept(check);
        }, e -> {
            message.set(null);
            error.set(e.getMessage());
        });
    }

    public void restore(Path file, Runnable restored) {
        DatabasePassword pw = backupPasswordOrNull();
        error.set(null);
        tasks.submit("restore", p -> backups.restore(file, pw), r -> {
            message.set(Texts.get("safety.restored", r.preRestoreBackup())
                    + (r.encrypted() ? "" : "\n" + Texts.get("restore.unencrypted"))
                    + (r.passwordAdopted() ? "\n" + Texts.get("restore.passwordAdopted") : ""));
            backupPassword.set("");
            refreshBackups();
            restored.run();
        }, e -> error.set(e.getMessage()));
    }

    private DatabasePassword backupPasswordOrNull() {
        return backupPassword.get().isEmpty() ? null : DatabasePassword.of(backupPassword.get());
    }

    private interface Work {
        String run();
    }

    private void run(String name, Work work) {
        message.set(null);
        error.set(null);
        tasks.submit(name, p -> work.run(), done -> {
            message.set(done);
            refreshBackups();
        }, e -> error.set(e.getMessage()));
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ObservableList<String> backupFiles() {
        return backupFiles;
    }
}
