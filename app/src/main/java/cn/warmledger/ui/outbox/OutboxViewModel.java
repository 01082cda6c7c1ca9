package cn.warmledger.ui.outbox;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.outbox.OutboxWorker;
import cn.warmledger.service.outbox.SendOutcome;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The 上报 screen: every submission with its state; 立即发送, 重试 (every waiting one due now), 撤回, all off the FX
 * thread. While no 上报方式 is set up, a waiting row says so instead of plain 待发送.
 */
public final class OutboxViewModel {
    private final OutboxService outbox;
    private final OutboxWorker worker;
    private final TaskRunner tasks;
    private final ObservableList<Submission> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Submission> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    /** Why nothing can be sent (no 上报方式), empty once one is set up; read with the rows. */
    private volatile String setupProblem = "";

    public OutboxViewModel(OutboxService outbox, OutboxWorker worker, TaskRunner tasks) {
        this.outbox = outbox;
        this.worker = worker;
        this.tasks = tasks;
    }

    public void reload() {
        tasks.submit("outbox-list", p -> {
            setupProblem = outbox.setupProblem().orElse("");
            return outbox.list();
        }, list -> {
            String keep = selected.get() == null ? null : selected.get().id();
            rows.setAll(list);
            selected.set(list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(null));
        }, e -> error.set(Texts.get("outbox.loadFailed")));
    }

    /** 立即发送: ends every back-off and sends what is due now. */
    public void sendNow() {
        message.set(Texts.get("outbox.sending"));
        error.set("");
        tasks.submit("outbox-send", p -> {
            outbox.makeAllDueNow();
            return worker.runOnce();
        }, this::report, this::failed);
    }

    /**
     * 重试: every waiting submission is due now, those that waited for new settings too (the cause may have been
     * fixed on the server), and a pass sends them.
     */
    public void retry() {
        error.set("");
        message.set(Texts.get("outbox.sending"));
        tasks.submit("outbox-retry", p -> {
            outbox.retryAll();
            return worker.runOnce();
        }, this::report, this::failed);
    }

    /** 撤回 the selected submission (only before it was sent). */
    public void withdraw() {
        Submission s = selected.get();
        if (s == null || !s.state().canWithdraw()) {
            return;
        }
        error.set("");
        tasks.submit("outbox-withdraw", p -> {
            outbox.withdraw(s.id());
            return null;
        }, ok -> {
            message.set(Texts.get("outbox.withdrawn", s.title()));
            reload();
        }, this::failed);
    }

    /** 打开文件夹: finds the selected submission's folder off the FX thread, then hands it to {@code open}. */
    public void openFolderOfSelected(Consumer<Path> open) {
        Submission s = selected.get();
        if (s == null) {
            return;
        }
        tasks.submit("outbox-folder", p -> outbox.folder(s.id()), open, this::failed);
    }

    private void report(List<SendOutcome> outcomes) {
        long sent = outcomes.stream().filter(SendOutcome::sent).count();
        long failed = outcomes.stream().filter(SendOutcome::failed).count();
        long held = outcomes.stream().filter(o -> o.kind() == SendOutcome.Kind.HELD).count();
        long notSetUp = outcomes.stream().filter(o -> o.kind() == SendOutcome.Kind.NOT_SET_UP).count();
        if (outcomes.isEmpty()) {
            message.set(Texts.get("outbox.nothingDue"));
        } else if (notSetUp > 0) {
            message.set(Texts.get("outbox.notSetUp", String.valueOf(notSetUp)));
        } else if (held > 0) {
            message.set(Texts.get("outbox.resultHeld", String.valueOf(sent), String.valueOf(failed), String.valueOf(held)));
        } else {
            message.set(Texts.get("outbox.result", String.valueOf(sent), String.valueOf(failed)));
        }
        outcomes.stream().filter(SendOutcome::failed).findFirst()
                .ifPresentOrElse(o -> error.set(o.message()), () -> error.set(""));
        reload();
    }

    private void failed(Throwable e) {
        message.set("");
        error.set(ClerkMessages.of(e));
        reload();
    }

    /** 重试 is offered while any submission waits on a failure. */
    public static boolean canRetry(List<Submission> rows) {
        return rows.stream().anyMatch(s -> s.state() == SubmissionState.FAILED
                || s.state() == SubmissionState.PENDING && s.lastError() != null
                        && (s.permanentError() || s.nextAttemptAt() != null));
    }

    /** The 状态 column: 未设置上报方式 for a waiting row while no 上报方式 is set up. */
    public String stateText(Submission s) {
        return waitsForSetup(s) ? Texts.get("outbox.state.notSetUp") : s.state().label();
    }

    /** The 最近错误 column: for a waiting row without a 上报方式, what to set up. */
    public String lastErrorText(Submission s) {
        return waitsForSetup(s) && (s.lastError() == null || s.lastError().isBlank()) ? setupProblem : s.lastError();
    }

    private boolean waitsForSetup(Submission s) {
        return !setupProblem.isEmpty() && s.state() == SubmissionState.PENDING;
    }

    public static boolean canWithdraw(Submission s) {
        return s != null && s.state().canWithdraw();
    }

    public ObservableList<Submission> rows() {
        return rows;
    }

    public ObjectProperty<Submission> selectedProperty() {
        return selected;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
