package cn.warmledger.service.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignLockedException;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.safety.AuditTrail;

class VisitServiceTest {
    static final LocalDate JAN_10 = LocalDate.of(2021, 1, 10);

    @TempDir
    Path dir;
    AppContext app;
    VisitService visits;
    long campaign;
    long deep;
    long relative;
    long accident;
    long model;
    long migrant;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        visits = app.visits();
        campaign = app.campaigns().save(TestCampaigns.springFestival());
        deep = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        relative = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.FEMALE_1975, "周敏",
                HardshipType.RELATIVE, FileStatus.ACTIVE));
        accident = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1990, "吴刚",
                HardshipType.ACCIDENT, FileStatus.PHASING_OUT));
        model = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        migrant = app.recipients().save(new RecipientDraft(null, TestIds.MALE_1962, "陈陆", null, null, null, null,
                null, RecipientCategory.MIGRANT_WORKER, null, null, null, null, null));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theStandardAmountIsChosenByCategoryAndHardshipType() {
        assertThat(visits.defaults(deep, campaign).standardAmount()).get()
                .satisfies(a -> assertThat(a).isEqualByComparingTo("1000"));
        assertThat(visits.defaults(relative, campaign).standardAmount()).get()
                .satisfies(a -> assertThat(a).isEqualByComparingTo("800"));
        // 意外致困 has no line of its own: the category's line without a type applies
        assertThat(visits.defaults(accident, campaign).standardAmount()).get()
                .satisfies(a -> assertThat(a).isEqualByComparingTo("600"));
        assertThat(visits.defaults(model, campaign).standardAmount()).get()
                .satisfies(a -> assertThat(a).isEqualByComparingTo("500"));
        assertThat(visits.defaults(migrant, campaign).standardAmount()).isEmpty();
        assertThat(visits.defaults(deep, campaign).hardshipType()).isEqualTo(HardshipType.DEEP);
        assertThat(visits.defaults(deep, null).standardAmount()).isEmpty();
    }

    @Test
    void recordsAVisitWithTheHouseholdsFileAsItWasThatDay() {
        VisitSaved saved = visits.save(TestCampaigns.visit(accident, campaign, JAN_10, "600"));
        assertThat(saved.warnings()).isEmpty();
        // the household leaves the file later: the visit keeps what it was when recorded
        var d = TestCampaigns.hardshipWorker(TestIds.MALE_1990, "吴刚", HardshipType.ACCIDENT, FileStatus.EXITED);
        app.recipients().save(new RecipientDraft(accident, d.idNumber(), d.name(), null, null, d.phone(), d.employer(),
                d.address(), d.category(), null, null, d.hardshipFile(), d.family(), "已脱困"));
        var v = visits.find(saved.id()).orElseThrow();
        assertThat(v.hardshipType()).isEqualTo(HardshipType.ACCIDENT);
        assertThat(v.fileStatus()).isEqualTo(FileStatus.PHASING_OUT);
        assertThat(v.cash()).isEqualByComparingTo("600.00");
        assertThat(v.total()).isEqualByComparingTo("720.00");
        assertThat(visits.find(visits.save(TestCampaigns.visit(model, campaign, JAN_10, "500")).id()).orElseThrow()
                .hardshipType()).isNull();
    }

    @Test
    void aDateOutsideThePeriodIsSavedWithAWarning() {
        LocalDate march = LocalDate.of(2021, 3, 2);
        assertThat(visits.warnings(campaign, march)).singleElement().asString()
                .contains("2021-03-02").contains("2021年元旦春节送温暖").contains("2020-12-20 ~ 2021-02-26");
        assertThat(visits.warnings(campaign, JAN_10)).isEmpty();
        VisitSaved saved = visits.save(TestCampaigns.visit(deep, campaign, march, "1000"));
        assertThat(saved.warnings()).singleElement().asString().contains("不在活动");
        assertThat(visits.find(saved.id())).isPresent();
    }

    @Test
    void aSecondVisitOfTheSameKindNeedsAReasonAndIsListedAsDuplicate() {
        visits.save(TestCampaigns.visit(deep, campaign, JAN_10, "1000"));
        VisitDraft again = TestCampaigns.visit(deep, campaign, JAN_10.plusDays(5), "500");
        assertThatThrownBy(() -> visits.save(again)).isInstanceOf(DuplicateVisitException.class)
                .hasMessageContaining("韩雷").hasMessageContaining("送温暖").hasMessageContaining("2021-01-10")
                .satisfies(e -> assertThat(((DuplicateVisitException) e).earlier()).hasSize(1));
        assertThat(visits.search(VisitQuery.ofCampaign(campaign))).hasSize(1);

        // another assistance kind is no double payment
        VisitDraft medical = new VisitDraft(null, deep, campaign, JAN_10, VisitForm.AID_CENTER, null,
                new BigDecimal("3000"), null, null, FundSource.FISCAL, AssistanceKind.MEDICAL, false, null, null);
        visits.save(medical);

        visits.save(again.withDuplicateReason("春节前家中失火，追加慰问"));
        List<VisitSummary> dups = visits.duplicates(campaign);
        assertThat(dups).hasSize(2).allSatisfy(v -> assertThat(v.assistanceKind()).isEqualTo(AssistanceKind.WARMTH));
        assertThat(dups).extracting(VisitSummary::duplicateReason).containsExactlyInAnyOrder(null, "春节前家中失火，追加慰问");
        assertThat(visits.duplicates(null)).hasSize(2);
        // editing the first visit does not trip the guard over itself
        long first = dups.stream().filter(v -> v.duplicateReason() == null).findFirst().orElseThrow().id();
        VisitDraft edit = TestCampaigns.visit(relative, campaign, JAN_10, "800");
        visits.save(new VisitDraft(first, deep, campaign, JAN_10, edit.form(), "王主席", new BigDecimal("900"),
                null, null, null, AssistanceKind.WARMTH, true, null, "已核实"));
        assertThat(visits.find(first).orElseThrow().cash()).isEqualByComparingTo("900");
    }

    /** A visit of a closed campaign cannot be moved out of it into an open one either. */
    @Test
    void aVisitIsNotMovedOutOfAClosedCampaign() {
        long v = visits.save(TestCampaigns.visit(deep, campaign, JAN_10, "1000")).id();
        long open = TestCampaigns.openCampaign(app);
        app.campaigns().close(campaign, null);
        VisitDraft moved = TestCampaigns.visit(deep, open, java.time.LocalDate.now(), "1000");
        assertThatThrownBy(() -> visits.save(new VisitDraft(v, deep, open, moved.visitedOn(), moved.form(), null,
                new BigDecimal("1000"), null, null, null, AssistanceKind.WARMTH, false, null, null)))
                .isInstanceOf(CampaignLockedException.class).hasMessageContaining("已结束并锁定");
        assertThat(visits.find(v).orElseThrow().campaignId()).isEqualTo(campaign);
    }

    @Test
    void aClosedCampaignLocksItsVisitsUntilReopened() {
        long v = visits.save(TestCampaigns.visit(deep, campaign, JAN_10, "1000")).id();
        app.campaigns().close(campaign, null);
        assertThatThrownBy(() -> visits.save(TestCampaigns.visit(relative, campaign, JAN_10, "800")))
                .isInstanceOf(CampaignLockedException.class).hasMessageContaining("已结束并锁定")
                .hasMessageContaining("重新开启");
        VisitDraft edit = TestCampaigns.visit(deep, campaign, JAN_10, "1");
        assertThatThrownBy(() -> visits.save(new VisitDraft(v, deep, campaign, JAN_10, edit.form(), null,
                BigDecimal.ONE, null, null, null, AssistanceKind.WARMTH, false, null, null)))
                .isInstanceOf(CampaignLockedException.class);
        assertThatThrownBy(() -> visits.delete(v, TestApp.version(visits, v))).isInstanceOf(CampaignLockedException.class);
        assertThatThrownBy(() -> visits.commit(common(), visits.preview(common(), List.of(relative))))
                .isInstanceOf(CampaignLockedException.class);
        assertThat(visits.search(VisitQuery.ofCampaign(campaign))).singleElement()
                .satisfies(s -> assertThat(s.cash()).isEqualByComparingTo("1000"));

        app.campaigns().reopen(campaign, "补录");
        visits.delete(v, TestApp.version(visits, v));
        assertThat(visits.search(VisitQuery.ofCampaign(campaign))).isEmpty();
        assertThat(visits.find(v)).isEmpty();
    }

    @Test
    void aBatchPreviewsStandardAmountsAndCommitsAllInOneTransaction() {
        List<BatchVisits.Line> lines = visits.preview(common(), List.of(deep, relative, accident, model, migrant));
        assertThat(lines).extracting(BatchVisits.Line::name).containsExactly("韩雷", "周敏", "吴刚", "汪惠珍", "陈陆");
        assertThat(lines).extracting(l -> l.cash().toPlainString())
                .containsExactly("1000.00", "800.00", "600.00", "500.00", "0.00");
        assertThat(lines.get(4).hint()).contains("慰问标准中没有");
        assertThat(BatchVisits.Totals.of(lines).cash()).isEqualByComparingTo("2900");

        List<BatchVisits.Line> edited = new ArrayList<>(lines);
        edited.set(4, lines.get(4).withAmounts(new BigDecimal("300"), "棉被", new BigDecimal("150")));
        assertThat(visits.commit(common(), edited)).isEmpty();
        List<VisitSummary> saved = visits.search(VisitQuery.ofCampaign(campaign));
        assertThat(saved).hasSize(5).allSatisfy(v -> assertThat(v.form()).isEqualTo(VisitForm.GROUP_EVENT));
        assertThat(visits.totals(saved).cash()).isEqualByComparingTo("3200");
        assertThat(visits.totals(saved).goodsValue()).isEqualByComparingTo("150");
    }

    @Test
    void aBatchWithOneRefusedLineWritesNothingAndNamesTheLine() {
        visits.save(TestCampaigns.visit(accident, campaign, JAN_10, "600"));
        List<BatchVisits.Line> lines = visits.preview(common(), List.of(deep, relative, accident, model));
        assertThat(lines.get(2).problem()).contains("本活动已有同类慰问").contains("2021-01-10");

        assertThatThrownBy(() -> visits.commit(common(), lines)).hasMessageContaining("第 3 行 吴刚")
                .hasMessageContaining("整批均未保存");
        List<BatchVisits.Line> badAmount = new ArrayList<>(lines.subList(0, 2));
        badAmount.set(1, badAmount.get(1).withAmounts(new BigDecimal("-5"), null, null));
        assertThatThrownBy(() -> visits.commit(common(), badAmount)).hasMessageContaining("第 2 行 周敏")
                .hasMessageContaining("慰问金");
        assertThat(visits.search(VisitQuery.ofCampaign(campaign))).hasSize(1);

        assertThat(visits.commit(common(), lines.subList(0, 2))).isEmpty();
        assertThat(visits.search(VisitQuery.ofCampaign(campaign))).hasSize(3);
    }

    /** More lines than one chunk of lookups and inserts (200): each line still checked, stored and logged once. */
    @Test
    void aLargeBatchIsCheckedAndStoredAcrossChunksWithOneAuditEntryPerLine() {
        List<Long> people = new ArrayList<>();
        for (int i = 1; i <= 450; i++) {
            people.add(app.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(500 + i), "劳模" + i)));
        }
        visits.save(TestCampaigns.visit(people.get(300), campaign, JAN_10, "500")); // in the second chunk
        AuditQuery visitEntries = new AuditQuery(null, AuditTrail.VISIT, AuditAction.INSERT, null,
                AuditQuery.DEFAULT_LIMIT);
        int logged = app.audit().list(visitEntries).size();
        List<BatchVisits.Line> lines = visits.preview(common(), people);
        assertThat(lines).hasSize(450);
        assertThat(lines).filteredOn(l -> l.problem() != null).extracting(BatchVisits.Line::name)
                .containsExactly("劳模301");
        assertThat(lines.get(300).problem()).contains("本活动已有同类慰问").contains("2021-01-10");

        BatchVisits.Saved saved = visits.commitGood(common(), lines, null);
        assertThat(saved.saved()).hasSize(449);
        assertThat(saved.refused()).extracting(BatchVisits.Line::name).containsExactly("劳模301");
        List<VisitSummary> stored = visits.search(VisitQuery.ofCampaign(campaign));
        assertThat(stored).hasSize(450);
        assertThat(stored).extracting(VisitSummary::recipientId).doesNotHaveDuplicates();
        assertThat(app.audit().list(visitEntries)).hasSize(logged + 449);
    }

    @Test
    void theVisitsTableFiltersByDateFormCategorySignedAndText() {
        visits.save(TestCampaigns.visit(deep, campaign, JAN_10, "1000"));
        visits.save(TestCampaigns.visit(model, campaign, JAN_10.plusDays(3), "500"));
        visits.commit(common(), visits.preview(common(), List.of(relative)));
        assertThat(visits.search(VisitQuery.all())).hasSize(3);
        assertThat(names(new VisitQuery(campaign, JAN_10.plusDays(1), null, null, null, null, null, null)))
                .containsExactlyInAnyOrder("汪惠珍", "周敏");
        assertThat(names(new VisitQuery(null, null, null, VisitForm.GROUP_EVENT, null, null, null, null)))
                .containsExactly("周敏");
        assertThat(names(new VisitQuery(null, null, null, null, RecipientCategory.MODEL_WORKER, null, null, null)))
                .containsExactly("汪惠珍");
        assertThat(names(new VisitQuery(null, null, null, null, null, false, null, null))).containsExactly("周敏");
        assertThat(names(new VisitQuery(null, null, null, null, null, null, null, "韩"))).containsExactly("韩雷");
        assertThat(visits.knownVisitors()).contains("王主席、李干事");
    }

    private List<String> names(VisitQuery q) {
        return visits.search(q).stream().map(VisitSummary::recipientName).toList();
    }

    private BatchVisits.Common common() {
        return new BatchVisits.Common(campaign, LocalDate.of(2021, 2, 5), VisitForm.GROUP_EVENT, "镇党委 刘书记",
                FundSource.COUNTY, AssistanceKind.WARMTH, false, null);
    }
}
