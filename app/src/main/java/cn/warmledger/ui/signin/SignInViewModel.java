package cn.warmledger.ui.signin;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.safety.BackupService;
import cn.warmledger.service.safety.DamagedFolderRestore;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * Sign-in before the window opens the data: the operator's name and the database password. On a new
 * data folder (or an old unencrypted one) the password is chosen here, twice, with a strength hint.
 */
public final class SignInViewModel {
    /** How the data folder is opened; the window passes AppContext::open, tests may pass their own. */
    public interface Opener {
        AppContext open(AppPaths paths, DatabasePassword password);
    }

    /**
     * The opened data; {@code chosenPassword} is set when a password was chosen now (for the recovery file);
     * {@code notice}: what the window tells once it shows (after a restore of a damaged file: where it is kept), or null.
     */
    public record Opened(AppContext app, DatabasePassword chosenPassword, String notice) {
    }

    private final AppPaths paths;
    private final AppContext.FolderState state;
    private final TaskRunner tasks;
    private final Opener opener;
    final StringProperty operatorName = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    final BooleanProperty writeRecoveryFile = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper strength = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    /** What the sign-in is doing while the button is greyed (issue 15, point 8). */
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final LastOperator lastOperator;
    private final ReadOnlyBooleanWrapper damaged = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<BackupService.Dated> backups = FXCollections.observableArrayList();

    public SignInViewModel(AppPaths paths, AppContext.FolderState state, TaskRunner tasks, Opener opener) {
        this(paths, state, tasks, opener, LastOperator.none());
    }

    public SignInViewModel(AppPaths paths, AppContext.FolderState state, TaskRunner tasks, Opener opener,
            LastOperator lastOperator) {
        this.lastOperator = lastOperator;
        operatorName.set(lastOperator.get());
        this.paths = paths;
        this.state = state;
        this.tasks = tasks;
        this.opener = opener;
        password.addListener((o, a, now) -> strength.set(choosing() && !now.isEmpty()
                ? Texts.get("signin.strength", DatabasePassword.of(now).strength().label()) : ""));
    }

    /** True when a password is being chosen (new or unencrypted folder), false when one is asked for. */
    public boolean choosing() {
        return state != AppContext.FolderState.ENCRYPTED;
    }

    public AppContext.FolderState state() {
        return state;
    }

    public void submit(Consumer<Opened> onOpened) {
        if (busy.get()) {
            return;
        }
        String name = operatorName.get() == null ? "" : operatorName.get().strip();
        if (name.isEmpty()) {
            error.set(Texts.get("signin.operatorRequired"));
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            error.set(Texts.get("signin.passwordRequired"));
            return;
        }
        DatabasePassword pw = DatabasePassword.of(password.get());
        if (choosing()) {
            try {
                pw.checkStrongEnough();
            } catch (InvalidValueException e) {
                error.set(e.getMessage());
                return;
            }
            if (!password.get().equals(confirm.get())) {
                error.set(Texts.get("signin.confirmMismatch"));
                return;
            }
        }
        busy.set(true);
        error.set(null);
        // the open (decrypting, then Flyway checking the schema) reports no phases: one line says what runs
        progress.set(Texts.get(choosing() ? "signin.progress.creating" : "signin.progress.opening"));
        tasks.submit("sign-in", p -> {
            AppContext app = opener.open(paths, state == AppContext.FolderState.UNENCRYPTED ? null : pw);
            try {
                if (state == AppContext.FolderState.UNENCRYPTED) {
                    app.passwords().change(null, pw);
                }
                app.audit().signIn(name);
            } catch (RuntimeException e) {
                app.close();
                throw e;
            }
            return app;
        }, app -> {
            busy.set(false);
            progress.set("");
            lastOperator.remember(name);
            password.set("");
            confirm.set("");
            onOpened.accept(new Opened(app, choosing() ? pw : null, null));
        }, e -> {
            busy.set(false);
            progress.set("");
            boolean isDamaged = e instanceof DamagedDatabaseException;
            if (!isDamaged) {
                // a damaged file opened with this very password: it stays typed, for the restore's check
                password.set("");
            }
            confirm.set("");
            error.set(e.getMessage());
            damaged.set(isDamaged);
            if (isDamaged) {
                tasks.submit("backup-list", p -> new DamagedFolderRestore(paths).automaticBackups(),
                        backups::setAll, failed -> backups.clear());
            }
        });
    }

    /**
     * 从备份恢复 of a damaged data folder (docs/decisions/21-1): {@code backup} is checked with the password typed (opened,
     * counted, every row read), put in place of the damaged file (which is kept in the backups folder), and the folder
     * opened and signed in to as {@link #submit} does; the restore is in the audit log.
     */
    public void restore(Path backup, Consumer<Opened> onOpened) {
        if (busy.get()) {
            return;
        }
        String name = operatorName.get() == null ? "" : operatorName.get().strip();
        if (backup == null) {
            error.set(Texts.get("restore.damaged.pick"));
            return;
        }
        if (name.isEmpty() || password.get() == null || password.get().isEmpty()) {
            error.set(Texts.get(name.isEmpty() ? "signin.operatorRequired" : "signin.passwordRequired"));
            return;
        }
        DatabasePassword pw = DatabasePassword.of(password.get());
        busy.set(true);
        error.set(null);
        progress.set(Texts.get("restore.damaged.progress"));
        tasks.submit("restore-damaged", p -> {
            AppContext.Restored r = AppContext.openRestoring(paths, backup, pw, null);
            try {
                if (state == AppContext.FolderState.UNENCRYPTED && !r.app().passwords().encrypted()) {
                    r.app().passwords().change(null, pw); // the password chosen on this page, as a sign-in sets it
                }
                r.app().audit().signIn(name);
            } catch (RuntimeException e) {
                r.app().close();
                throw e;
            }
            return r;
        }, r -> {
            busy.set(false);
            progress.set("");
            damaged.set(false);
            lastOperator.remember(name);
            password.set("");
            pw.clear();
            onOpened.accept(new Opened(r.app(), null, Texts.get("restore.damaged.kept", r.restore().keptDamaged())));
        }, e -> {
            busy.set(false);
            progress.set("");
            pw.clear();
            error.set(e.getMessage());
        });
    }

    /** True while the sign-in found the database file damaged: the page offers 从备份恢复. */
    public ReadOnlyBooleanProperty damagedProperty() {
        return damaged.getReadOnlyProperty();
    }

    /** The automatic backups to restore from, newest first (filled once the file was found damaged). */
    public ObservableList<BackupService.Dated> backups() {
        return backups;
    }

    /** How a backup is listed: its time and file name. */
    public String label(BackupService.Dated backup) {
        return DamagedFolderRestore.label(backup);
    }

    /** What the clerk types into the two fields; used by the start-up probe (scripts/cold-start.sh). */
    public void fillIn(String operator, String typedPassword) {
        operatorName.set(operator);
        password.set(typedPassword);
    }

    public ReadOnlyStringProperty strengthProperty() {
        return strength.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
