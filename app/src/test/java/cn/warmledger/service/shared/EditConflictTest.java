package cn.warmledger.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.warmledger.TwoClerks;
import cn.warmledger.TestApp;
import cn.warmledger.TestEdits;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.EditConflictException;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.Visit;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.visits.VisitDraft;

/**
 * Two PCs on one database edit the same row: both load it, 张三 (A) saves, 李四 (B) saves what she loaded before →
 * B is refused with who and when, A's values stay, nothing of B's is written. Every edited kind of row: recipient
 * with 档案 and family, visit, campaign with its standards, money raised, settings; deletes too.
 */
class EditConflictTest extends TwoClerks {

    static final String MESSAGE = "已被 张三 于 \\d\\d:\\d\\d 修改，请刷新后再改";


    @Test
    void theSecondSaveOfARecipientIsRefusedNamingWhoAndWhenAndOverwritesNothing() {
        long id = a.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        RecipientDetails seenByA = a.recipients().details(id).orElseThrow();
        RecipientDetails seenByB = b.recipients().details(id).orElseThrow();

        LocalTime before = LocalTime.now().withSecond(0).withNano(0);
        a.recipients().save(TestEdits.recipient(seenByA, "13905510001", "张三改的"));
        assertThatThrownBy(() -> b.recipients().save(TestEdits.recipient(seenByB, "13905510002", "李四改的")))
                .isInstanceOf(EditConflictException.class)
                .hasMessageMatching(MESSAGE)
                .satisfies(e -> {
                    EditConflictException c = (EditConflictException) e;
                    assertThat(c.changedBy()).isEqualTo("张三");
                    assertThat(c.changedAt().toLocalTime()).isAfterOrEqualTo(before);
                });

        RecipientDetails now = b.recipients().details(id).orElseThrow();
        assertThat(now.recipient().phone()).isEqualTo("13905510001");
        assertThat(now.recipient().note()).isEqualTo("张三改的");
        assertThat(now.family()).extracting(m -> m.name()).containsExactly("韩小雨");
        assertThat(now.recipient().version()).isEqualTo(seenByA.recipient().version() + 1);
        // the 操作日志 names the operator of the change that went in, and only that change
        List<AuditEntry> updates = b.audit().list(new AuditQuery(null, "recipient", null, null, 100)).stream()
                .filter(e -> e.action().code().equals("UPDATE")).toList();
        assertThat(updates).extracting(AuditEntry::operator).containsExactly("张三");

        // after 刷新 (loading again) B's save goes in
        b.recipients().save(TestEdits.recipient(b.recipients().details(id).orElseThrow(), "13905510002", "李四改的"));
        assertThat(a.recipients().details(id).orElseThrow().recipient().phone()).isEqualTo("13905510002");
    }

    @Test
    void aFileChangedByAnotherPathRefusesTheFormThatLoadedItBefore() {
        long id = a.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        RecipientDetails seenByB = b.recipients().details(id).orElseThrow();
        RecipientDetails seenByA = a.recipients().details(id).orElseThrow();
        // A makes him a 劳模: his 档案 is closed (注销) in the same save
        a.recipients().save(TestEdits.asModelWorker(seenByA));

        assertThatThrownBy(() -> b.recipients().save(TestEdits.recipient(seenByB, "13905510002", null)))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        assertThat(b.recipients().details(id).orElseThrow().hardshipFile().orElseThrow().status().code())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aRecipientEditedMeanwhileIsNotDeletedFromAListShownBefore() {
        long id = a.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        int listed = TestApp.version(b.recipients(), id);
        a.recipients().save(TestEdits.recipient(a.recipients().details(id).orElseThrow(), "13905510001", null));

        assertThatThrownBy(() -> b.recipients().delete(id, listed))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        assertThat(b.recipients().count()).isEqualTo(1);
        // and a row deleted meanwhile is not edited: the message says it was deleted, by whom
        RecipientDetails seenByB = b.recipients().details(id).orElseThrow();
        a.recipients().delete(id, TestApp.version(a.recipients(), id));
        assertThatThrownBy(() -> b.recipients().save(TestEdits.recipient(seenByB, "13905510002", null)))
                .isInstanceOf(EditConflictException.class)
                .hasMessageMatching("已被 张三 于 \\d\\d:\\d\\d 删除，请刷新后再改");
    }

    @Test
    void visitsAreLockedTheSameWayForEditsAndDeletes() {
        long person = a.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        long campaign = TestCampaigns.openCampaign(a);
        long visit = a.visits().save(TestCampaigns.visit(person, campaign, LocalDate.now(), "1000")).id();
        Visit seenByA = a.visits().find(visit).orElseThrow();
        Visit seenByB = b.visits().find(visit).orElseThrow();

        a.visits().save(TestEdits.visit(seenByA, "1200"));
        assertThatThrownBy(() -> b.visits().save(TestEdits.visit(seenByB, "800")))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        assertThatThrownBy(() -> b.visits().delete(visit, seenByB.version()))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        Visit now = b.visits().find(visit).orElseThrow();
        assertThat(now.cash()).isEqualByComparingTo("1200");
        assertThat(b.visits().find(visit)).isPresent();
    }

    @Test
    void aCampaignWithItsStandardsAndItsMoneyRaisedAreLockedToo() {
        long campaign = TestCampaigns.openCampaign(a);
        var seenByA = a.campaigns().find(campaign).orElseThrow();
        var seenByB = b.campaigns().find(campaign).orElseThrow();
        CampaignDraft d = TestCampaigns.thisSeason();
        a.campaigns().save(new CampaignDraft(campaign, d.name(), d.kind(), d.startsOn(), d.endsOn(),
                new BigDecimal("300000"), null, d.standards(), seenByA.version()));
        assertThatThrownBy(() -> b.campaigns().save(new CampaignDraft(campaign, d.name(), d.kind(), d.startsOn(),
                d.endsOn(), new BigDecimal("100000"), null, d.standards().subList(0, 1), seenByB.version())))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        assertThat(b.campaigns().find(campaign).orElseThrow().budget()).isEqualByComparingTo("300000");
        assertThat(b.campaigns().standards(campaign).lines()).hasSize(d.standards().size());

        // closing is a change too: a form loaded before it is refused
        var loaded = b.campaigns().find(campaign).orElseThrow();
        a.campaigns().close(campaign, "活动结束");
        assertThatThrownBy(() -> b.campaigns().save(new CampaignDraft(campaign, d.name(), d.kind(), d.startsOn(),
                d.endsOn(), new BigDecimal("100000"), null, d.standards(), loaded.version())))
                .isInstanceOf(cn.warmledger.domain.InvalidValueException.class);
        a.campaigns().reopen(campaign, "补录");

        // money raised is added and deleted, never edited: B deleting what A deleted meanwhile is told so
        long fund = a.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal("5000"), LocalDate.now(), null);
        a.campaigns().addFund(campaign, FundSource.CITY, new BigDecimal("6000"), LocalDate.now(), null);
        int listed = b.campaigns().funds(campaign).get(0).version();
        a.campaigns().deleteFund(fund, a.campaigns().funds(campaign).get(0).version());
        assertThatThrownBy(() -> b.campaigns().deleteFund(fund, listed))
                .isInstanceOf(EditConflictException.class)
                .hasMessageMatching("已被 张三 于 \\d\\d:\\d\\d 删除，请刷新后再改");
        assertThat(b.campaigns().funds(campaign)).extracting(f -> f.amount().toPlainString()).containsExactly("6000.00");
        assertThat(b.audit().list(new AuditQuery(null, "fund_raised", null, null, 100)))
                .filteredOn(e -> e.action().code().equals("DELETE")).extracting(AuditEntry::operator)
                .containsExactly("张三");
    }

    @Test
    void aSettingsFormSavedOverAnotherClerksChangeIsRefused() {
        Map<String, Integer> seenByA = a.settings().versions();
        Map<String, Integer> seenByB = b.settings().versions();
        a.settings().setAll(Map.of(SettingKeys.ORG_PREPARER, "张三"), seenByA);
        assertThatThrownBy(() -> b.settings().setAll(Map.of(SettingKeys.ORG_PREPARER, "李四"), seenByB))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        assertThat(b.settings().get(SettingKeys.ORG_PREPARER)).contains("张三");
        // a setting nobody had stored when both forms loaded: the second to store it is refused too
        a.settings().setAll(Map.of(SettingKeys.EMAIL_HOST, "smtp.qq.com"), seenByA);
        assertThatThrownBy(() -> b.settings().setAll(Map.of(SettingKeys.EMAIL_HOST, "smtp.163.com"), seenByB))
                .isInstanceOf(EditConflictException.class).hasMessageMatching(MESSAGE);
        assertThat(b.settings().get(SettingKeys.EMAIL_HOST)).contains("smtp.qq.com");
    }
}
