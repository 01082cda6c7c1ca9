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

import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.OutboxService;
import cn.warmledger.service.OutboxWorker;
import cn.warmledger.service.SendOutcome;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 上报 screen: every submission with its state; 立即发送, 重试, 撤回, all off the FX thread. */
public final class OutboxViewModel {
    private final OutboxService outbox;
    private final OutboxWorker worker;
    private final TaskRunner tasks;
    private final ObservableList<Submission> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Submission> selected = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public OutboxViewModel(OutboxService outbox, OutboxWorker worker, TaskRunner tasks) {
        this.outbox = outbox;
        this.worker = worker;
        this.tasks = tasks;
    }

    public void reload() {
        tasks.submit("outbox-list", p -> outbox.list(), list -> {
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

    /** 重试 the selected failed submission, now. */
    public void retry() {
        Submission s = selected.get();
        if (s == null || s.state() != SubmissionState.FAILED) {
            return;
        }
        error.set("");
        tasks.submit("outbox-retry", p -> {
            outbox.retry(s.id());
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
        long sent = outcomes.stream().filter(o -> !o.failed()).count();
        long failed = outcomes.size() - sent;
        message.set(outcomes.isEmpty() ? Texts.get("outbox.nothingDue")
                : Texts.get("outbox.result", String.valueOf(sent), String.valueOf(failed)));
        outcomes.stream().filter(SendOutcome::failed).findFirst()
                .ifPresentOrElse(o -> error.set(o.message()), () -> error.set(""));
        reload();
    }

    private void failed(Throwable e) {
        message.set("");
        error.set(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        reload();
    }

    public static boolean canRetry(Submission s) {
        return s != null && s.state() == SubmissionState.FAILED;
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
