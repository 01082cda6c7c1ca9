package cn.warmledger.service.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.BatchVisits;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.service.visits.VisitDraft;

/** Visits, campaigns, funds, enterprises, tallies and settings are in the 操作日志 with who, before and after. */
class AuditWiringTest {
    private static final LocalDate JAN_10 = LocalDate.of(2021, 1, 10);

    @TempDir
    Path dir;
    AppContext app;
    long campaign;
    long deep;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        campaign = app.campaigns().save(TestCampaigns.springFestival());
        deep = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void visitsAreLoggedOnInsertEditDeleteAndOncePerLineOfABatch() {
        long id = app.visits().save(TestCampaigns.visit(deep, campaign, JAN_10, "1000")).id();
        AuditEntry insert = latest(AuditTrail.VISIT);
        assertThat(insert.action()).isEqualTo(AuditAction.INSERT);
        assertThat(insert.operator()).isEqualTo("张干事");
        assertThat(insert.entityId()).isEqualTo(String.valueOf(id));
        assertThat(insert.before()).isNull();
        assertThat(insert.after()).contains("\"cash\":1000.00").contains("\"recipientId\":" + deep);

        VisitDraft d = TestCampaigns.visit(deep, campaign, JAN_10, "900");
        app.visits().save(new VisitDraft(id, deep, campaign, JAN_10, d.form(), d.visitors(), d.cash(), d.goods(),
                d.goodsValue(), d.fundSource(), d.assistanceKind(), d.signed(), null, null));
        AuditEntry update = latest(AuditTrail.VISIT);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.before()).contains("\"cash\":1000.00");
        assertThat(update.after()).contains("\"cash\":900.00");

        long again = app.visits().save(TestCampaigns.visit(deep, campaign, JAN_10.plusDays(3), "300")
                .withDuplicateReason("家中失火，追加慰问")).id();
        AuditEntry duplicate = latest(AuditTrail.VISIT);
        assertThat(duplicate.action()).isEqualTo(AuditAction.INSERT);
        assertThat(duplicate.entityId()).isEqualTo(String.valueOf(again));
        assertThat(duplicate.after()).contains("家中失火，追加慰问");

        app.visits().delete(again, TestApp.version(app.visits(), again));
        AuditEntry delete = latest(AuditTrail.VISIT);
        assertThat(delete.action()).isEqualTo(AuditAction.DELETE);
        assertThat(delete.before()).contains("\"cash\":300.00");
        assertThat(delete.after()).isNull();

        long model = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        long relative = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.FEMALE_1975, "周敏",
                HardshipType.RELATIVE, FileStatus.ACTIVE));
        int before = entries(AuditTrail.VISIT).size();
        BatchVisits.Common common = new BatchVisits.Common(campaign, LocalDate.of(2021, 2, 5), VisitForm.GROUP_EVENT,
                "镇党委 刘书记", FundSource.COUNTY, AssistanceKind.WARMTH, false, null);
        app.visits().commit(common, app.visits().preview(common, List.of(model, relative)));
        List<AuditEntry> batch = entries(AuditTrail.VISIT).subList(0, entries(AuditTrail.VISIT).size() - before);
        assertThat(batch).hasSize(2).allSatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.INSERT));
        assertThat(batch).extracting(AuditEntry::after).anySatisfy(a -> assertThat(a).contains("\"cash\":500.00"))
                .anySatisfy(a -> assertThat(a).contains("\"cash\":800.00"));
    }

    @Test
    void aRefusedBatchLeavesNoEntries() {
        app.visits().save(TestCampaigns.visit(deep, campaign, JAN_10, "1000"));
        int before = app.audit().list(AuditQuery.all()).size();
        BatchVisits.Common common = new BatchVisits.Common(campaign, LocalDate.of(2021, 2, 5), VisitForm.GROUP_EVENT,
                null, FundSource.COUNTY, AssistanceKind.WARMTH, false, null);
        long model = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        int withModel = app.audit().list(AuditQuery.all()).size();
        assertThat(withModel).isGreaterThan(before);
        assertThatThrownBy(() -> app.visits().commit(common, app.visits().preview(common, List.of(model, deep))))
                .hasMessageContaining("韩雷");
        assertThat(app.audit().list(AuditQuery.all())).hasSize(withModel);
    }

    @Test
    void campaignsAndFundsAreLoggedWithStandardsAndTheReopenReason() {
        AuditEntry created = entries(AuditTrail.CAMPAIGN).get(0);
        assertThat(created.action()).isEqualTo(AuditAction.INSERT);
        assertThat(created.entityId()).isEqualTo(String.valueOf(campaign));
        assertThat(created.after()).contains("2021年元旦春节送温暖").contains("\"amount\":1000");

        long fund = app.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal("12345.50"), null, "县总下拨");
        AuditEntry added = latest(AuditTrail.FUND_RAISED);
        assertThat(added.action()).isEqualTo(AuditAction.INSERT);
        assertThat(added.entityId()).isEqualTo(String.valueOf(fund));
        assertThat(added.after()).contains("12345.50").contains("县总下拨");
        app.campaigns().deleteFund(fund, 0);
        AuditEntry deleted = latest(AuditTrail.FUND_RAISED);
        assertThat(deleted.action()).isEqualTo(AuditAction.DELETE);
        assertThat(deleted.before()).contains("12345.50");

        app.campaigns().close(campaign, "活动结束");
        AuditEntry closed = latest(AuditTrail.CAMPAIGN);
        assertThat(closed.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(closed.summary()).contains("关闭活动");
        assertThat(closed.before()).contains("\"status\":\"OPEN\"");
        assertThat(closed.after()).contains("\"status\":\"CLOSED\"").contains("活动结束");

        app.audit().signIn("李会计");
        app.campaigns().reopen(campaign, "补录漏报的走访");
        AuditEntry reopened = latest(AuditTrail.CAMPAIGN);
        assertThat(reopened.operator()).isEqualTo("李会计");
        assertThat(reopened.summary()).contains("重新打开");
        assertThat(reopened.before()).contains("\"status\":\"CLOSED\"");
        assertThat(reopened.after()).contains("\"status\":\"OPEN\"").contains("补录漏报的走访");

        CampaignDraft d = TestCampaigns.springFestival();
        app.campaigns().save(new CampaignDraft(campaign, d.name(), d.kind(), d.startsOn(), d.endsOn(),
                new BigDecimal("250000"), null, d.standards().subList(0, 1),
                app.campaigns().find(campaign).orElseThrow().version()));
        AuditEntry edited = latest(AuditTrail.CAMPAIGN);
        assertThat(edited.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(edited.before()).contains("200000").contains("\"amount\":800");
        assertThat(edited.after()).contains("250000").doesNotContain("\"amount\":800");
    }

    @Test
    void enterprisesTheirVisitsAndTalliesAreLogged() {
        long id = app.enterprises().save(new Enterprise(null, "91350100M000100Y43", "闽江纺织有限公司", "停产半停产",
                null, "林经理", "0591-87654321", 320, null));
        AuditEntry insert = latest(AuditTrail.ENTERPRISE);
        assertThat(insert.action()).isEqualTo(AuditAction.INSERT);
        assertThat(insert.entityId()).isEqualTo(String.valueOf(id));
        assertThat(insert.after()).contains("闽江纺织有限公司").contains("91350100M000100Y43");
        app.enterprises().save(new Enterprise(id, "91350100M000100Y43", "闽江纺织有限公司", "停产半停产",
                null, "林经理", "0591-87654321", 300, null));
        AuditEntry update = latest(AuditTrail.ENTERPRISE);
        assertThat(update.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(update.before()).contains("320");
        assertThat(update.after()).contains("300");

        long visit = app.enterprises().recordVisit(new EnterpriseVisit(null, id, null, campaign, JAN_10, "县总 王主席",
                new BigDecimal("20000"), 45, FundSource.COUNTY, null));
        AuditEntry visited = latest(AuditTrail.ENTERPRISE_VISIT);
        assertThat(visited.entityId()).isEqualTo(String.valueOf(visit));
        assertThat(visited.after()).contains("20000.00");

        app.serviceTallies().set(campaign, "COUPLETS", 1200);
        app.serviceTallies().set(campaign, "COUPLETS", 1500);
        AuditEntry tally = latest(AuditTrail.SERVICE_TALLY);
        assertThat(tally.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(tally.before()).contains("\"quantity\":1200").contains("COUPLETS");
        assertThat(tally.after()).contains("\"quantity\":1500");
        var item = app.serviceTallies().addItem("送医送药", "人次");
        AuditEntry added = latest(AuditTrail.SERVICE_ITEM);
        assertThat(added.entityId()).isEqualTo(item.code());
        assertThat(added.after()).contains("送医送药").contains("人次");

        app.enterprises().delete(id);
        assertThat(latest(AuditTrail.ENTERPRISE).action()).isEqualTo(AuditAction.DELETE);
    }

    @Test
    void settingsAreLoggedButSecretsOnlyMasked() {
        String secret = "授权码Xyz123secret";
        app.settings().setAll(Map.of(SettingKeys.EMAIL_HOST, "smtp.163.com", SettingKeys.EMAIL_PASSWORD, secret));
        List<AuditEntry> settings = entries(AuditTrail.SETTING);
        AuditEntry host = settings.stream().filter(e -> e.entityId().equals(SettingKeys.EMAIL_HOST)).findFirst()
                .orElseThrow();
        assertThat(host.after()).isEqualTo("smtp.163.com");
        AuditEntry password = settings.stream().filter(e -> e.entityId().equals(SettingKeys.EMAIL_PASSWORD))
                .findFirst().orElseThrow();
        assertThat(password.action()).isEqualTo(AuditAction.INSERT);
        assertThat(password.operator()).isEqualTo("张干事");
        assertThat(password.after()).isEqualTo(SettingsService.MASK);

        app.settings().set(SettingKeys.EMAIL_PASSWORD, "another-Secret-456");
        AuditEntry changed = latest(AuditTrail.SETTING);
        assertThat(changed.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(changed.before()).isEqualTo(SettingsService.MASK);
        assertThat(changed.after()).isEqualTo(SettingsService.MASK);
        assertThat(app.audit().list(AuditQuery.all())).allSatisfy(e -> {
            assertThat(String.valueOf(e.before())).doesNotContain("Xyz123").doesNotContain("Secret-456");
            assertThat(String.valueOf(e.after())).doesNotContain("Xyz123").doesNotContain("Secret-456");
            assertThat(String.valueOf(e.summary())).doesNotContain("Xyz123").doesNotContain("Secret-456");
        });
        int before = app.audit().list(AuditQuery.all()).size();
        app.settings().set(SettingKeys.EMAIL_HOST, "smtp.163.com");
        assertThat(app.audit().list(AuditQuery.all())).as("an unchanged value is not logged").hasSize(before);
    }

    private List<AuditEntry> entries(String entity) {
        return app.audit().list(new AuditQuery(null, entity, null, null, AuditQuery.DEFAULT_LIMIT));
    }

    private AuditEntry latest(String entity) {
        return entries(entity).get(0);
    }
}
