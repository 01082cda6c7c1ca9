package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.persistence.OutboxRepository;
import cn.warmledger.service.outbox.ManifestJson;
import cn.warmledger.service.outbox.OutboxWorker;

/** enqueue (files, names, manifest.json) and the compare-and-set moves of the repository. */
class SubmissionsTest {
    @TempDir
    Path dir;
    OutboxFixture fx;

    @BeforeEach
    void open() {
        fx = new OutboxFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void enqueueCopiesTheExportUnderANameWithTheIdAndWritesTheManifest() throws Exception {
        Path export = fx.xlsx("城关镇总工会_" + OutboxFixture.TITLE + ".xlsx", 0);
        Submission s = fx.enqueue(export);

        assertThat(s.state()).isEqualTo(SubmissionState.PENDING);
        assertThat(s.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        Path folder = dir.resolve("data").resolve("outbox").resolve(s.id());
        assertThat(Path.of(s.folder())).isEqualTo(folder);
        assertThat(s.files()).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("城关镇总工会_困难职工帮扶统计表_" + s.id() + ".xlsx");
            assertThat(f.path()).isEqualTo(folder.resolve(f.fileName()));
            assertThat(Files.readAllBytes(f.path())).isEqualTo(Files.readAllBytes(export));
            assertThat(f.sizeBytes()).isEqualTo(Files.size(export));
            assertThat(f.sha256()).hasSize(64);
        });
        assertThat(export).exists();

        String json = Files.readString(folder.resolve("manifest-" + s.id() + ".json"));
        assertThat(json).isEqualTo(s.manifest()).contains("\"format\" : \"warmledger-submission/1\"")
                .contains("\"cash\" : 14400.00").contains("\"name\" : \"城关镇总工会\"");
        Manifest m = ManifestJson.read(json);
        assertThat(m.submissionId()).isEqualTo(s.id());
        assertThat(m.organizationCode()).isEqualTo("340102001");
        assertThat(m.parentName()).isEqualTo("某某县总工会");
        assertThat(m.tableKind()).isEqualTo("HARDSHIP_SUMMARY");
        assertThat(m.tableTitle()).isEqualTo(OutboxFixture.TITLE);
        assertThat(m.campaignName()).isEqualTo("2026年春节送温暖");
        assertThat(m.periodYear()).isEqualTo(2026);
        assertThat(m.generatedAt()).isEqualTo("2026-01-20T10:00+08:00");
        assertThat(m.appVersion()).isNotBlank();
        assertThat(m.supersedes()).isNull();
        assertThat(m.files()).singleElement().satisfies(f -> assertThat(f.sha256()).isEqualTo(s.files().get(0).sha256()));
        assertThat(m.figures().get("cash")).isEqualTo(new BigDecimal("14400.00"));
        assertThat(m.figures().get("households")).isEqualTo(12);
        assertThat(m.figures().get("rows")).isEqualTo(List.of(Map.of("type", "深度困难", "count", 5,
                "cash", new BigDecimal("7000.00"))));
        assertThat(fx.app().outbox().list()).extracting(Submission::id).containsExactly(s.id());
    }

    @Test
    void aCorrectionNamesTheSubmissionItSupersedes() {
        Submission first = fx.enqueue();
        Submission correction = fx.app().outbox().enqueue(new cn.warmledger.service.outbox.SubmissionRequest(
                "HARDSHIP_SUMMARY", OutboxFixture.TITLE, null, null, 2026, null,
                List.of(fx.xlsx("更正.xlsx", 0)), Map.of(), first.id()));
        assertThat(correction.supersedes()).isEqualTo(first.id());
        assertThat(ManifestJson.read(correction.manifest()).supersedes()).isEqualTo(first.id());
        assertThat(correction.periodLabel()).isEqualTo("2026年");
    }

    @Test
    void aTableMadeAgainForTheSamePeriodNamesTheLastOneItCorrects() {
        Submission first = fx.enqueue();
        Submission again = fx.enqueue();
        assertThat(again.supersedes()).isEqualTo(first.id());
        assertThat(ManifestJson.read(again.manifest()).supersedes()).isEqualTo(first.id());
        fx.app().outbox().withdraw(again.id());
        assertThat(fx.enqueue().supersedes()).as("a withdrawn one never left").isEqualTo(first.id());

        Submission otherYear = fx.app().outbox().enqueue(new cn.warmledger.service.outbox.SubmissionRequest(
                "HARDSHIP_SUMMARY", OutboxFixture.TITLE, null, null, 2025, null,
                List.of(fx.xlsx("2025.xlsx", 0)), Map.of(), null));
        assertThat(otherYear.supersedes()).isNull();
        for (int i = 0; i < 2; i++) {
            Submission roster = fx.app().outbox().enqueue(new cn.warmledger.service.outbox.SubmissionRequest(
                    "ROSTER", "慰问金发放花名册", null, null, 2026, null,
                    List.of(fx.xlsx("花名册" + i + ".xlsx", 0)), Map.of(), null));
            assertThat(roster.supersedes()).as("a roster may be one of several 单位").isNull();
        }
    }

    @Test
    void movesAreCompareAndSetSoOnlyOneSenderTakesASubmission() {
        Submission s = fx.enqueue();
        OutboxRepository repo = fx.repository();
        LocalDateTime now = LocalDateTime.now(fx.clock);
        assertThat(repo.claim(s.id(), SubmissionState.PENDING, 0, "t", now, "pc/run")).isTrue();
        assertThat(repo.claim(s.id(), SubmissionState.PENDING, 0, "t", now, "pc/other")).isFalse();
        assertThat(repo.withdraw(s.id(), SubmissionState.PENDING)).isFalse();
        assertThat(repo.markSent(s.id(), "t", now)).isTrue();
        assertThat(repo.markSent(s.id(), "t", now)).isFalse();
        assertThat(repo.markFailed(s.id(), "x", false, now, "v")).isFalse();
        assertThat(repo.recoverInterrupted("pc/", "pc/next", now, now.minusHours(2))).isZero();
        assertThat(repo.find(s.id()).orElseThrow().state()).isEqualTo(SubmissionState.SENT);
    }

    @Test
    void backOffDoublesFromOneMinuteUpToAnHour() {
        assertThat(List.of(1, 2, 3, 4, 6, 7, 30).stream().map(OutboxWorkerAccess::backoff).map(d -> d.toMinutes()))
                .containsExactly(1L, 2L, 4L, 8L, 32L, 60L, 60L);
    }

    /** OutboxWorker.backoff is package-private in service; reached by reflection from here. */
    static final class OutboxWorkerAccess {
        static java.time.Duration backoff(int attempts) {
            try {
                java.lang.reflect.Method m = OutboxWorker.class.getDeclaredMethod("backoff", int.class);
                m.setAccessible(true);
                return (java.time.Duration) m.invoke(null, attempts);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * A listener (status bar, 上报 screen) that fails after the row is in leaves the row's files where they are, the
     * 上报 succeeds for its caller (else she would press it again and queue it twice), and the next listener hears of it.
     */
    @Test
    void aFailingListenerKeepsTheFilesOfTheRowThatIsIn() throws Exception {
        Path export = fx.xlsx("城关镇总工会_" + OutboxFixture.TITLE + ".xlsx", 0);
        Runnable failing = () -> {
            throw new IllegalStateException("listener");
        };
        int[] told = {0};
        Runnable counting = () -> told[0]++;
        fx.app().outbox().addListener(failing);
        fx.app().outbox().addListener(counting);
        Submission made;
        try {
            made = fx.enqueue(export);
        } finally {
            fx.app().outbox().removeListener(failing);
            fx.app().outbox().removeListener(counting);
        }
        assertThat(told[0]).isEqualTo(1);
        assertThat(fx.app().outbox().list()).extracting(Submission::id).containsExactly(made.id());
        assertThat(fx.app().outbox().list()).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(SubmissionState.PENDING);
            assertThat(s.files()).singleElement().satisfies(f -> assertThat(f.path()).exists());
            assertThat(Path.of(s.folder()).resolve("manifest-" + s.id() + ".json")).exists();
        });
    }
}
