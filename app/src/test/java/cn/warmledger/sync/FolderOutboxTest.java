package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.settings.SettingKeys;

/** The folder transport (U盘, mapped drive) on temp folders, and the outbox's life cycle around it. */
class FolderOutboxTest {
    @TempDir
    Path dir;
    OutboxFixture fx;
    Path stick;

    @BeforeEach
    void setUp() {
        fx = new OutboxFixture(dir.resolve("township"));
        stick = dir.resolve("U盘").resolve("上报");
        fx.set(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, stick.toString());
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private String[] namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
        }
    }

    @Test
    void aMissingStickIsWaitedForAndThenTheFilesAreCopiedWithoutTemporaryNames() throws Exception {
        Submission s = fx.enqueue();
        assertThat(fx.app().outbox().outstanding()).isEqualTo(1);
        assertThat(fx.app().outboxWorker().runOnce()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(SubmissionState.FAILED);
            assertThat(o.message()).startsWith("找不到文件夹").contains("插入U盘或连上共享盘后自动重试");
        });
        Files.createDirectories(stick); // plugged in
        // the target answers again: no need to wait for the back-off
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.state()).isEqualTo(SubmissionState.SENT));
        Path unit = stick.resolve("340102001 城关镇总工会");
        assertThat(namesIn(unit)).containsExactlyInAnyOrder(s.files().get(0).fileName(), "manifest-" + s.id() + ".json");
        assertThat(Files.readAllBytes(unit.resolve(s.files().get(0).fileName())))
                .isEqualTo(Files.readAllBytes(s.files().get(0).path()));
        assertThat(fx.app().outbox().outstanding()).isZero();
        assertThat(fx.app().outbox().testConnection(fx.app().outbox().currentSettings())).isEmpty();
    }

    @Test
    void aCrashWhileSendingIsResumedAfterTheRestartUnderTheSameId() throws Exception {
        Files.createDirectories(stick);
        Submission s = fx.enqueue();
        // what a crash in the middle of sending leaves: the row taken (发送中), a temporary file on the stick
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().state()).isEqualTo(SubmissionState.PENDING);
        cn.warmledger.service.outbox.OutboxWorker worker = fx.app().outboxWorker();
        assertThat(claim(s)).isTrue();
        Path unit = Files.createDirectories(stick.resolve("340102001 城关镇总工会"));
        Files.write(unit.resolve(s.files().get(0).fileName() + ".uploading"), new byte[] {1, 2, 3});
        assertThat(worker.runOnce()).isEmpty(); // 发送中 is nobody else's to take

        fx.restart();
        assertThat(fx.app().outbox().find(s.id()).orElseThrow().state()).isEqualTo(SubmissionState.SENDING);
        assertThat(fx.app().outboxWorker().recoverInterrupted()).isEqualTo(1);
        assertThat(fx.app().outboxWorker().runOnce()).singleElement()
                .satisfies(o -> assertThat(o.submissionId()).isEqualTo(s.id()));
        assertThat(namesIn(unit)).containsExactlyInAnyOrder(s.files().get(0).fileName(), "manifest-" + s.id() + ".json");
        Submission sent = fx.app().outbox().find(s.id()).orElseThrow();
        assertThat(sent.state()).isEqualTo(SubmissionState.SENT);
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void theWindowsWorkerDrainsAtStartOnItsOwnThread() throws Exception {
        Files.createDirectories(stick);
        Submission s = fx.enqueue();
        java.util.concurrent.CountDownLatch sent = new java.util.concurrent.CountDownLatch(1);
        fx.app().outbox().addListener(() -> {
            if (fx.app().outbox().find(s.id()).map(x -> x.state() == SubmissionState.SENT).orElse(false)) {
                sent.countDown();
            }
        });
        fx.app().outboxWorker().start();
        try {
            assertThat(sent.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            fx.app().outboxWorker().stop();
        }
        assertThat(fx.app().outboxWorker().isRunning()).isFalse();
    }

    @Test
    void withdrawOnlyBeforeSentAndRetryOnlyAfterAFailure() throws Exception {
        Submission a = fx.enqueue();
        fx.app().outbox().withdraw(a.id());
        assertThat(fx.app().outbox().find(a.id()).orElseThrow().state()).isEqualTo(SubmissionState.WITHDRAWN);
        assertThat(fx.app().outbox().outstanding()).isZero();
        assertThat(fx.app().outboxWorker().runOnce()).isEmpty();

        Files.createDirectories(stick);
        Submission b = fx.enqueue();
        assertThatThrownBy(() -> fx.app().outbox().retry(b.id())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("只有发送失败的上报可以重试");
        fx.app().outboxWorker().runOnce();
        assertThatThrownBy(() -> fx.app().outbox().withdraw(b.id())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("已发送").hasMessageContaining("不能撤回");
        fx.clock.advance(Duration.ofDays(1));
        assertThat(fx.app().outboxWorker().runOnce()).isEmpty();
    }

    private boolean claim(Submission s) {
        return fx.app().outbox().claim(s, "folder", java.time.LocalDateTime.now(fx.clock));
    }
}
