package cn.warmledger.ui.signin;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * Sign-in on the office's server (issue 18): the server is opened (with the password saved in the connection file)
 * as soon as the page shows, while the clerk types; then her own operator name and password are checked against her
 * account. While the server database has no account yet, the page creates the first one, an administrator (the
 * password typed twice). A wrong password or a disabled operator is refused in words; the server stays open.
 */
public final class ServerSignInViewModel {
    /** Opens the server's database; the window passes the real open, tests their own. */
    public interface Opener {
        AppContext open();
    }

    private final String server;
    private final TaskRunner tasks;
    private final Opener opener;
    private final LastOperator lastOperator;
    final StringProperty operatorName = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");
    final StringProperty confirm = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper firstAccount = new ReadOnlyBooleanWrapper(false);
    /** The opened server, until it is handed to the window (or closed when the page is left). */
    private AppContext app;

    public ServerSignInViewModel(String server, TaskRunner tasks, Opener opener, LastOperator lastOperator) {
        this.server = server;
        this.tasks = tasks;
        this.opener = opener;
        this.lastOperator = lastOperator;
        operatorName.set(lastOperator.get());
    }

    /** The server as the page names it (host:port/database). */
    public String server() {
        return server;
    }

    /** Opens the server off the FX thread; 重新连接 runs it again after a failure. */
    public void connect() {
        if (busy.get() || app != null) {
            return;
        }
        busy.set(true);
        error.set("");
        progress.set(Texts.get("serverSignIn.connecting", server));
        tasks.submit("server-open", p -> {
            AppContext opened = opener.open();
            try {
                return new Connected(opened, opened.operatorAccounts().firstRun());
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, c -> {
            app = c.app();
            busy.set(false);
            progress.set("");
            firstAccount.set(c.first());
            connected.set(true);
        }, e -> {
            busy.set(false);
            progress.set("");
            error.set(Texts.problem(e, "serverSignIn.failed"));
        });
    }

    private record Connected(AppContext app, boolean first) {
    }

    public void submit(Consumer<AppContext> onOpened) {
        if (busy.get() || app == null) {
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
        boolean first = firstAccount.get();
        if (first) {
            try {
                pw.checkStrongEnough();
            } catch (InvalidValueException e) {
                error.set(e.getMessage());
                return;
            }
            if (!password.get().equals(confirm.get())) {
                error.set(Texts.get("signin.confirmMismatch"));
                password.set(""); // typed again, both: which of the two was mistyped nobody can see
                confirm.set("");
                return;
            }
        }
        busy.set(true);
        error.set("");
        progress.set(Texts.get("serverSignIn.checking"));
        AppContext opened = app;
        tasks.submit("server-sign-in", p -> {
            if (first) {
                opened.operatorAccounts().createFirstAdministrator(name, pw);
            } else {
                opened.operatorAccounts().signIn(name, pw);
            }
            return opened;
        }, signedIn -> {
            busy.set(false);
            progress.set("");
            password.set("");
            confirm.set("");
            lastOperator.remember(name);
            app = null; // the window owns it now
            onOpened.accept(signedIn);
        }, e -> {
            busy.set(false);
            progress.set("");
            password.set("");
            confirm.set("");
            error.set(Texts.problem(e, "serverSignIn.failed"));
            // another PC may have created the first administrator meanwhile: ask for an account from now on
            tasks.submit("server-first-run", p -> opened.operatorAccounts().firstRun(), firstAccount::set, x -> { });
        });
    }

    /** The page is left (the clerk switched back to 本机数据库): the opened server is closed. */
    public void leave() {
        if (app != null) {
            app.close();
            app = null;
        }
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

    /** True once the server is open: 登录 can be pressed. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** True while the server database has no account: the page creates its first administrator. */
    public ReadOnlyBooleanProperty firstAccountProperty() {
        return firstAccount.getReadOnlyProperty();
    }
}
