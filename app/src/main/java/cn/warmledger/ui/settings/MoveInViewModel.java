package cn.warmledger.ui.settings;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.service.safety.MoveInService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 数据库 → 迁移到单位服务器… (issue 18 point 5): the move off the FX thread with progress and 取消, then the comparison
 * as a list, one line per table (rows, and each money column's sum, on both sides); a difference is said loudly. The
 * cancel only raises a flag the copy checks between batches (an interrupt mid-write could close the H2 file under it);
 * the server's transaction is then rolled back and its database left empty.
 */
public final class MoveInViewModel {
    private final MoveInService moving;
    private final TaskRunner tasks;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty allEqual = new SimpleBooleanProperty();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final AtomicBoolean stop = new AtomicBoolean();
    /** The form: the server as {@code postgresql://USER@HOST:PORT/DB}, and its login's password. */
    final StringProperty address = new SimpleStringProperty("");
    final StringProperty password = new SimpleStringProperty("");

    public MoveInViewModel(MoveInService moving, TaskRunner tasks) {
        this.moving = moving;
        this.tasks = tasks;
    }

    /** 开始迁移 with the form's address and password; a wrong address is refused in Chinese before anything runs. */
    public void start() {
        ServerAddress target;
        try {
            target = ServerAddress.parse(address.get());
        } catch (cn.warmledger.domain.InvalidValueException e) {
            error.set(e.getMessage());
            return;
        }
        if (password.get() == null || password.get().isEmpty()) {
            error.set(Messages.get("move.password") + "：" + Messages.get("error.required"));
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        start(target, typed);
    }

    /** Moves this folder's data to {@code target} ({@code password}: its login's, wiped here once used). */
    public void start(ServerAddress target, char[] password) {
        if (busy.get()) {
            return;
        }
        stop.set(false);
        busy.set(true);
        allEqual.set(false);
        lines.clear();
        error.set("");
        progress.set(-1);
        status.set(Texts.get("move.started", target.toString()));
        boolean[] finished = {false};
        TaskRunner.Running running = tasks.submit("move-in", p -> {
            try {
                return moving.moveTo(target, password, p.orStoppedBy(stop::get));
            } finally {
                java.util.Arrays.fill(password, '\0');
            }
        }, result -> {
            finished[0] = true;
            progress.unbind();
            show(result);
        }, e -> {
            finished[0] = true;
            progress.unbind();
            busy.set(false);
            status.set("");
            error.set(e instanceof CancellationException ? Messages.get("move.cancelled") : ClerkMessages.of(e));
        });
        if (!finished[0]) {
            progress.bind(running.progress());
        }
    }

    /** 取消: the copy stops at its next batch and nothing stays on the server. */
    public void cancel() {
        if (busy.get()) {
            stop.set(true);
            status.set(Texts.get("move.cancelling"));
        }
    }

    private void show(MoveInService.MoveResult result) {
        busy.set(false);
        progress.set(1);
        for (MoveInService.TableComparison t : result.tables()) {
            lines.add(Texts.get("move.line.rows", t.label(), t.sourceRows(), t.targetRows(), mark(t.sourceRows() == t.targetRows())));
            for (MoveInService.ColumnSum s : t.sums()) {
                lines.add(Texts.get("move.line.sum", t.label(), s.label(),
                        s.source().toPlainString(), s.target().toPlainString(), mark(s.equal())));
            }
        }
        allEqual.set(result.allEqual());
        if (result.allEqual()) {
            status.set(Messages.get("move.done", result.rows(), result.target().toString()));
        } else {
            status.set("");
            error.set(Messages.get("move.differs", String.join("、", result.differing())));
        }
    }

    private static String mark(boolean equal) {
        return Texts.get(equal ? "move.equal" : "move.notEqual");
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanProperty allEqualProperty() {
        return allEqual;
    }

    public ObservableList<String> lines() {
        return lines;
    }
}
