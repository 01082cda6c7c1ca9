package cn.warmledger.service.consolidation;

import cn.warmledger.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.transport.Hashes;

/**
 * The receiving rules on a real H2 file, with hand-made manifests: checks of size and SHA-256, the same id
 * twice, newest wins, supersedes wins even when older, a pin wins over both, full-width campaign names, and the
 * 操作日志 entries.
 */
class ReceivedStoreTest {
    private static final String UNIT = "340102005";
    @TempDir
    Path dir;
    AppContext app;
    ConsolidationService consolidation;
    long campaign;

    @BeforeEach
    void open() {
        TestApp.open(dir.resolve("data")).close();
        try (Database db = TestDatabases.open(dir.resolve("data"))) {
            new OrganizationRepository(db).save(new Organization(null, UNIT, "城关镇总工会", OrganizationKind.SUBORDINATE,
                    null, "李主席", "0551-6200001"));
        }
        app = TestApp.open(dir.resolve("data"));
        consolidation = app.consolidation();
        campaign = app.campaigns().save(new CampaignDraft(null, "2024年元旦春节送温暖", CampaignKind.WARMTH,
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29), null, null, null));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private record Made(Manifest manifest, List<Path> files) {
    }

    private Made made(String id, String campaignName, OffsetDateTime generatedAt, String supersedes, String fund)
            throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in").resolve(id));
        Path xlsx = folder.resolve("城关镇_送温暖统计表_" + id + ".xlsx");
        Files.writeString(xlsx, "pretend spreadsheet " + id);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", "城关镇总工会");
        row.put("code", UNIT);
        row.put("fundTotal", new BigDecimal(fund));
        row.put("visitCount", 3);
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("units", List.of(row));
        Manifest m = new Manifest(id, UNIT, "城关镇总工会", "某某县总工会", ReportKind.WARMTH_STATS.code(), "送温暖统计表",
                7L, campaignName, 2024, campaignName, generatedAt, "1.0",
                List.of(new Manifest.File(xlsx.getFileName().toString(), Files.size(xlsx), Hashes.sha256(xlsx))),
                figures, supersedes);
        return new Made(m, List.of(xlsx));
    }

    private ReceiveOutcome receive(Made m) {
        return consolidation.store().receive(m.manifest(), m.files(), ReceivedSource.MANUAL, "张干事");
    }

    private String effective() {
        return consolidation.completeness(ReportKind.WARMTH_STATS, campaign, null).rows().get(0).cells()
                .get(ReportKind.WARMTH_STATS).effectiveSubmissionId();
    }

    private static OffsetDateTime at(int day) {
        return OffsetDateTime.of(2024, 1, day, 9, 0, 0, 0, ZoneOffset.ofHours(8));
    }

    @Test
    void newestWinsSupersedesWinsEvenWhenOlderAndAPinWinsOverBoth() throws Exception {
        Made first = made("id-1", "２０２４年元旦春节送温暖 ", at(10), null, "1.0000");
        assertThat(receive(first).kind()).isEqualTo(ReceiveOutcome.Kind.NEW);
        assertThat(receive(first).kind()).isEqualTo(ReceiveOutcome.Kind.DUPLICATE);
        assertThat(effective()).isEqualTo("id-1"); // full-width digits and a space still match the campaign

        Made newer = made("id-2", "2024年元旦春节送温暖", at(12), null, "2.0000");
        receive(newer);
        assertThat(effective()).isEqualTo("id-2");

        // a correction of id-2 whose clock was behind: it still replaces id-2
        Made correction = made("id-3", "2024年元旦春节送温暖", at(11), "id-2", "3.0000");
        receive(correction);
        assertThat(effective()).isEqualTo("id-3");
        Completeness.Cell cell = consolidation.completeness(ReportKind.WARMTH_STATS, campaign, null).rows().get(0)
                .cells().get(ReportKind.WARMTH_STATS);
        assertThat(cell.status()).isEqualTo(ReportingStatus.CORRECTED);
        assertThat(cell.submissions()).isEqualTo(3);

        consolidation.pin("id-1");
        assertThat(effective()).isEqualTo("id-1");
        consolidation.pin("id-2");
        assertThat(effective()).isEqualTo("id-2");
        assertThat(consolidation.history(UNIT, ReportKind.WARMTH_STATS, campaign, null))
                .filteredOn(ReceivedSummary::pinned).extracting(ReceivedSummary::id).containsExactly("id-2");

        List<AuditEntry> log = app.audit().list(AuditQuery.all());
        assertThat(log).filteredOn(e -> "received_submission".equals(e.entity())).hasSize(5); // 3 received, 2 pins
        assertThat(log).filteredOn(e -> "id-1".equals(e.entityId())).anySatisfy(e ->
                assertThat(e.summary()).contains("城关镇总工会"));
    }

    @Test
    void aDamagedOrMissingFileIsRefusedWithItsNameAndAcceptedWhenItArrivesIntact() throws Exception {
        Made good = made("id-9", "2024年元旦春节送温暖", at(10), null, "1.0000");
        Path xlsx = good.files().get(0);
        byte[] original = Files.readAllBytes(xlsx);
        Files.writeString(xlsx, "pretend spreadsheet id-X"); // same size, other bytes
        ReceiveOutcome refused = receive(good);
        assertThat(refused.kind()).isEqualTo(ReceiveOutcome.Kind.REFUSED);
        assertThat(refused.problem()).contains(xlsx.getFileName().toString()).contains("SHA-256");
        assertThat(effective()).isNull();
        assertThatThrownBy(() -> consolidation.pin("id-9")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("拒收");

        ReceiveOutcome missing = consolidation.store().receive(good.manifest(), List.of(), ReceivedSource.MANUAL, null);
        // still refused, and said so with what is wrong this time
        assertThat(missing.kind()).isEqualTo(ReceiveOutcome.Kind.REFUSED);
        assertThat(missing.problem()).contains(xlsx.getFileName().toString());
        assertThat(consolidation.history(UNIT, ReportKind.WARMTH_STATS, campaign, null)).singleElement()
                .extracting(ReceivedSummary::status).isEqualTo(ReceivedStatus.REFUSED);

        Files.write(xlsx, original);
        assertThat(receive(good).kind()).isEqualTo(ReceiveOutcome.Kind.NEW);
        assertThat(effective()).isEqualTo("id-9");
        assertThat(consolidation.receivedFile("id-9")).hasBinaryContent(original)
                .startsWith(app.paths().receivedDir().resolve("id-9"));

        Made lost = made("id-10", "2024年元旦春节送温暖", at(11), null, "1.0000");
        ReceiveOutcome none = consolidation.store().receive(lost.manifest(), List.of(), ReceivedSource.MANUAL, null);
        assertThat(none.kind()).isEqualTo(ReceiveOutcome.Kind.REFUSED);
        assertThat(none.problem()).contains("缺少文件").contains(lost.files().get(0).getFileName().toString());
    }

    @Test
    void aCampaignNameMatchedOnceAppliesToEveryWaitingSubmissionAndIsRemembered() throws Exception {
        receive(made("id-a", "元旦春节送温暖（2024）", at(10), null, "1.0000"));
        receive(made("id-b", "元旦春节送温暖（2024）", at(11), null, "2.0000"));
        assertThat(consolidation.unmatchedCampaignNames()).containsExactly("元旦春节送温暖（2024）");
        assertThat(effective()).isNull();
        assertThat(consolidation.received()).noneMatch(ReceivedSummary::effective);

        consolidation.matchCampaign("元旦春节送温暖(2024)", campaign); // full-width brackets fold to the same name
        assertThat(consolidation.unmatchedCampaignNames()).isEmpty();
        assertThat(effective()).isEqualTo("id-b");

        receive(made("id-c", "元旦春节送温暖（2024）", at(12), null, "3.0000"));
        assertThat(effective()).isEqualTo("id-c"); // remembered
        assertThat(consolidation.received()).filteredOn(ReceivedSummary::effective).extracting(ReceivedSummary::id)
                .containsExactly("id-c");
        assertThat(app.audit().list(AuditQuery.all())).anySatisfy(e -> {
            assertThat(e.entity()).isEqualTo("campaign_alias");
            assertThat(e.summary()).contains("2024年元旦春节送温暖");
        });
    }

    @Test
    void manifestsThatDoNotFitOrHoldBadFiguresOrNoFileAreRefusedNamingWhy() throws Exception {
        Made longId = made("x".repeat(40), "2024年元旦春节送温暖", at(10), null, "1.0000");
        assertThat(receive(longId).kind()).isEqualTo(ReceiveOutcome.Kind.REFUSED);

        Made negative = made("id-neg", "2024年元旦春节送温暖", at(10), null, "-1.0000");
        ReceiveOutcome refused = receive(negative);
        assertThat(refused.kind()).isEqualTo(ReceiveOutcome.Kind.REFUSED);
        assertThat(refused.problem()).contains("id-neg").contains("fundTotal").contains("-1.0000");
        // the same broken submission again is refused again, not 已有
        assertThat(receive(negative).kind()).isEqualTo(ReceiveOutcome.Kind.REFUSED);

        Made good = made("id-nofile", "2024年元旦春节送温暖", at(10), null, "1.0000");
        Manifest m = good.manifest();
        Manifest noFiles = new Manifest(m.submissionId(), m.organizationCode(), m.organizationName(), m.parentName(),
                m.tableKind(), m.tableTitle(), m.campaignId(), m.campaignName(), m.periodYear(), m.periodLabel(),
                m.generatedAt(), m.appVersion(), List.of(), m.figures(), null);
        assertThat(consolidation.store().receive(noFiles, List.of(), ReceivedSource.FOLDER, null).problem())
                .contains("没有文件");
        assertThat(effective()).isNull();
    }

    @Test
    void aCampaignCreatedAfterTheFilesArrivedTakesThemByItsName() throws Exception {
        receive(made("id-late", "2024年金秋助学", at(10), null, "1.0000"));
        assertThat(consolidation.unmatchedCampaignNames()).containsExactly("2024年金秋助学");
        long later = app.campaigns().save(new CampaignDraft(null, "2024年金秋助学", CampaignKind.WARMTH,
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 30), null, null, null));
        assertThat(consolidation.completeness(ReportKind.WARMTH_STATS, later, null).rows().get(0).cells()
                .get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo("id-late");
        assertThat(consolidation.unmatchedCampaignNames()).isEmpty();
    }

    @Test
    void aCorrectionOnlyReplacesASubmissionOfTheSamePeriod() throws Exception {
        long other = app.campaigns().save(new CampaignDraft(null, "2024年金秋助学", CampaignKind.WARMTH,
                LocalDate.of(2024, 8, 1), LocalDate.of(2024, 9, 30), null, null, null));
        receive(made("id-w", "2024年元旦春节送温暖", at(10), null, "1.0000"));
        // a submission for another campaign that (wrongly) names id-w does not knock it out
        receive(made("id-x", "2024年金秋助学", at(12), "id-w", "2.0000"));
        assertThat(effective()).isEqualTo("id-w");
        assertThat(consolidation.completeness(ReportKind.WARMTH_STATS, other, null).rows().get(0).cells()
                .get(ReportKind.WARMTH_STATS).effectiveSubmissionId()).isEqualTo("id-x");
    }

    @Test
    void oneBadParcelInTheFolderDoesNotStopTheOthers() throws Exception {
        Path stick = Files.createDirectories(dir.resolve("U盘"));
        Made bad = made("y".repeat(40), "2024年元旦春节送温暖", at(10), null, "1.0000");
        Made good = made("id-good", "2024年元旦春节送温暖", at(11), null, "2.0000");
        for (Made m : List.of(bad, good)) {
            Path unit = Files.createDirectories(stick.resolve(m.manifest().submissionId().substring(0, 5)));
            Files.copy(m.files().get(0), unit.resolve(m.files().get(0).getFileName()));
            Files.writeString(unit.resolve("manifest-" + m.manifest().submissionId() + ".json"),
                    cn.warmledger.service.outbox.ManifestJson.write(m.manifest()));
        }
        CollectResult result = app.collecting().collectFolder(stick, Progress.none());
        assertThat(result.received()).isEqualTo(1);
        assertThat(result.refused()).isEqualTo(1);
        assertThat(result.sourceFailed()).isFalse();
        assertThat(effective()).isEqualTo("id-good");
    }

    @Test
    void namesThatClimbOutOfTheDataFolderAreRefusedAndWriteNothingOutside() throws Exception {
        Made climbing = made("id-up", "2024年元旦春节送温暖", at(10), null, "1.0000");
        Manifest m = climbing.manifest();
        Manifest badId = new Manifest("../../evil", m.organizationCode(), m.organizationName(), m.parentName(),
                m.tableKind(), m.tableTitle(), m.campaignId(), m.campaignName(), m.periodYear(), m.periodLabel(),
                m.generatedAt(), m.appVersion(), m.files(), m.figures(), null);
        assertThat(consolidation.store().receive(badId, climbing.files(), ReceivedSource.FOLDER, null).kind())
                .isEqualTo(ReceiveOutcome.Kind.REFUSED);
        Manifest.File f = m.files().get(0);
        Manifest badFile = new Manifest(m.submissionId(), m.organizationCode(), m.organizationName(), m.parentName(),
                m.tableKind(), m.tableTitle(), m.campaignId(), m.campaignName(), m.periodYear(), m.periodLabel(),
                m.generatedAt(), m.appVersion(), List.of(new Manifest.File("../../evil.xlsx", f.size(), f.sha256())),
                m.figures(), null);
        assertThat(consolidation.store().receive(badFile, climbing.files(), ReceivedSource.FOLDER, null).kind())
                .isEqualTo(ReceiveOutcome.Kind.REFUSED);
        try (var all = Files.walk(dir)) {
            assertThat(all.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("evil"));
        }
        assertThat(effective()).isNull();
    }

    @Test
    void campaignNamesFoldFullWidthAndSpaces() {
        assertThat(CampaignNames.key("　２０２６年 春节送温暖 ")).isEqualTo("2026年春节送温暖");
        assertThat(CampaignNames.key("  ")).isNull();
    }
}
