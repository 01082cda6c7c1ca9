package cn.warmledger.ui.signin;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.BooleanProperty;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
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

    /** The opened data; {@code chosenPassword} is set when a password was chosen now (for the recovery file). */
    public record Opened(AppContext app, DatabasePassword chosenPassword) {
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
            onOpened.accept(new Opened(app, choosing() ? pw : null));
        }, e -> {
            busy.set(false);
            progress.set("");
            password.set("");
            confirm.set("");
            error.set(e.getMessage());
        });
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
