package cn.warmledger.ui.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.SubmissionRequest;
import cn.warmledger.ui.common.TaskRunner;

/** The 上报 screen's view model without a window: work runs inline on a real H2 file. */
class OutboxViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    Path stick;

    @BeforeEach
    void open() throws Exception {
        app = TestApp.open(dir.resolve("data"));
        stick = dir.resolve("U盘");
        app.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        for (String name : List.of("甲.xlsx", "乙.xlsx")) {
            app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", name, null, null, 2026, null,
                    List.of(Files.writeString(dir.resolve(name), name)), Map.of(), null));
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void withdrawOneThenSendTheOtherNow() throws Exception {
        OutboxViewModel vm = new OutboxViewModel(app.outbox(), app.outboxWorker(), TaskRunner.direct());
        vm.reload();
        assertThat(vm.rows()).hasSize(2);
        vm.selectedProperty().set(vm.rows().get(0));
        assertThat(OutboxViewModel.canWithdraw(vm.selectedProperty().get())).isTrue();
        assertThat(OutboxViewModel.canRetry(vm.rows())).isFalse();
        vm.withdraw();
        assertThat(vm.messageProperty().get()).startsWith("已撤回");
        assertThat(vm.selectedProperty().get().state()).isEqualTo(SubmissionState.WITHDRAWN);

        vm.sendNow();
        assertThat(vm.messageProperty().get()).isEqualTo("已发送 0 份，失败 1 份");
        assertThat(vm.errorProperty().get()).contains("找不到文件夹");
        Files.createDirectories(stick);
        vm.selectedProperty().set(vm.rows().stream().filter(s -> s.state() == SubmissionState.FAILED).findFirst()
                .orElseThrow());
        vm.retry();
        assertThat(vm.messageProperty().get()).isEqualTo("已发送 1 份，失败 0 份");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.rows()).extracting(s -> s.state()).containsExactlyInAnyOrder(SubmissionState.SENT,
                SubmissionState.WITHDRAWN);
        java.util.List<java.nio.file.Path> opened = new java.util.ArrayList<>();
        vm.openFolderOfSelected(opened::add);
        assertThat(opened).containsExactly(dir.resolve("data").resolve("outbox")
                .resolve(vm.selectedProperty().get().id()));
        assertThat(app.outbox().outstanding()).isZero();
    }

    /** Issue 14.7: without a 上报方式 a waiting row says so, and 立即发送 says what is missing, not 失败. */
    @Test
    void withoutAnUploadWayTheRowsAndSendNowSaySoInsteadOfFailed() {
        app.settings().setAll(Map.of("sync.transport", ""));
        OutboxViewModel vm = new OutboxViewModel(app.outbox(), app.outboxWorker(), TaskRunner.direct());
        vm.reload();
        assertThat(vm.rows()).hasSize(2).allSatisfy(s -> {
            assertThat(vm.stateText(s)).isEqualTo("未设置上报方式");
            assertThat(vm.lastErrorText(s)).isEqualTo("未设置上报方式：请到 设置 → 上报方式 填写");
        });
        vm.sendNow();
        assertThat(vm.messageProperty().get()).isEqualTo("还未设置上报方式：2 份待上报，设置后会自动发送")
                .doesNotContain("失败");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.rows()).allSatisfy(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(s.attempts()).isZero();
        });

        app.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        vm.reload();
        assertThat(vm.rows()).allSatisfy(s -> assertThat(vm.stateText(s)).isEqualTo("待发送"));
    }

    /** 重试 makes every waiting submission due now, not only the selected one (settings failures: WebDavRefusalsTest). */
    @Test
    void retrySendsEveryWaitingSubmissionNow() throws Exception {
        Files.writeString(stick, "a file where the folder should be");
        OutboxViewModel vm = new OutboxViewModel(app.outbox(), app.outboxWorker(), TaskRunner.direct());
        vm.sendNow();
        // the folder is missing: the first fails, the second is not tried and waits for the same thing, saying so
        assertThat(vm.rows()).extracting(Submission::state)
                .containsExactlyInAnyOrder(SubmissionState.FAILED, SubmissionState.PENDING);
        Submission held = vm.rows().stream().filter(s -> s.state() == SubmissionState.PENDING).findFirst().orElseThrow();
        assertThat(held.attempts()).isZero();
        assertThat(vm.stateText(held)).isEqualTo("待发送");
        assertThat(vm.lastErrorText(held)).startsWith("等待：前一份未能送达（找不到文件夹 ");
        assertThat(vm.messageProperty().get()).isEqualTo("已发送 0 份，失败 1 份，另有 1 份本轮未发送（同一原因）");
        assertThat(OutboxViewModel.canRetry(vm.rows())).isTrue();
        Files.delete(stick);
        Files.createDirectories(stick);
        vm.retry();
        assertThat(vm.messageProperty().get()).isEqualTo("已发送 2 份，失败 0 份");
        assertThat(vm.rows()).allSatisfy(s -> assertThat(s.state()).isEqualTo(SubmissionState.SENT));
    }
}
