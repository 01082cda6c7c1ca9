package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.visits.DuplicateVisitException;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.visits.VisitDraft;

/**
 * An import writes its chunk's audit entries together, yet the trail is what saving one by one writes: one entry
 * per recipient (and one per new 困难职工档案), by the operator, with the stored record as JSON.
 */
class ImportAuditTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everyImportedRecipientHasItsOwnEntryWithTheSameContentAsASingleSave() {
        List<RecipientDraft> drafts = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            drafts.add(TestApp.modelWorker(IdNumber.withCheckChar("34010219900101" + String.format("%03d", i)).value(),
                    "甲" + i));
        }
        RecipientDraft h = TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷");
        drafts.add(new RecipientDraft(null, h.idNumber(), h.name(), null, null, h.phone(), h.employer(), h.address(),
                h.category(), null, null, h.hardshipFile(), List.of(), null));
        List<Long> ids = app.recipients().saveAll(drafts, done -> { });

        Map<String, AuditEntry> byId = entries(AuditTrail.RECIPIENT).stream()
                .collect(Collectors.toMap(AuditEntry::entityId, Function.identity()));
        assertThat(byId).hasSize(451);
        for (int i = 0; i < ids.size(); i++) {
            AuditEntry e = byId.get(String.valueOf(ids.get(i)));
            assertThat(e.action()).isEqualTo(AuditAction.INSERT);
            assertThat(e.before()).isNull();
            assertThat(e.after()).contains("\"id\":" + ids.get(i)).contains(drafts.get(i).idNumber());
        }
        assertThat(entries(AuditTrail.HARDSHIP_FILE)).singleElement()
                .satisfies(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(ids.get(450))));

        // the same recipient saved alone: the same JSON but for its id
        AuditEntry batch = byId.get(String.valueOf(ids.get(0)));
        app.recipients().delete(ids.get(0), TestApp.version(app.recipients(), ids.get(0)));
        long single = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "甲0"));
        AuditEntry alone = entries(AuditTrail.RECIPIENT).stream()
                .filter(e -> e.entityId().equals(String.valueOf(single))).findFirst().orElseThrow();
        assertThat(alone.operator()).isEqualTo(batch.operator());
        assertThat(alone.after().replace(TestIds.FEMALE_1985, "N").replace("\"id\":" + single, "ID")
                .replaceAll("\"birthDate\":\"[^\"]*\"", "B").replaceAll("\"gender\":\"[^\"]*\"", "G"))
                .isEqualTo(batch.after().replace(drafts.get(0).idNumber(), "N").replace("\"id\":" + ids.get(0), "ID")
                        .replaceAll("\"birthDate\":\"[^\"]*\"", "B").replaceAll("\"gender\":\"[^\"]*\"", "G"));
    }

    @Test
    void aRostersVisitsAreLoggedOneByOneAndTheGuardStillHoldsInsideAChunk() {
        long campaign = app.campaigns().save(cn.warmledger.TestCampaigns.springFestival());
        List<RecipientDraft> people = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            people.add(TestApp.modelWorker(IdNumber.withCheckChar("34010219900101" + String.format("%03d", i)).value(),
                    "甲" + i));
        }
        people.add(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        List<Long> who = app.recipients().saveAll(people, done -> { });
        java.time.LocalDate day = java.time.LocalDate.of(2021, 1, 10);
        // the same household twice in one chunk, without a reason: refused, nothing stored
        List<VisitDraft> twice = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            twice.add(cn.warmledger.TestCampaigns.visit(who.get(i), campaign, day, "500"));
        }
        twice.add(cn.warmledger.TestCampaigns.visit(who.get(3), campaign, day, "500"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.visits().saveAll(twice, done -> { }))
                .isInstanceOf(DuplicateVisitException.class);
        assertThat(app.visits().search(cn.warmledger.domain.VisitQuery.ofCampaign(campaign))).isEmpty();

        List<VisitDraft> drafts = new ArrayList<>();
        for (long id : who) {
            drafts.add(cn.warmledger.TestCampaigns.visit(id, campaign, day, "500"));
        }
        drafts.add(cn.warmledger.TestCampaigns.visit(who.get(3), campaign, day, "300").withDuplicateReason("追加"));
        List<Long> visits = app.visits().saveAll(drafts, done -> { });
        assertThat(visits).hasSize(452).doesNotHaveDuplicates();
        Map<String, AuditEntry> logged = entries(AuditTrail.VISIT).stream()
                .collect(Collectors.toMap(AuditEntry::entityId, Function.identity()));
        assertThat(logged).hasSize(452);
        for (int i = 0; i < visits.size(); i++) {
            assertThat(logged.get(String.valueOf(visits.get(i))).after())
                    .contains("\"id\":" + visits.get(i) + ",").contains("\"recipientId\":" + drafts.get(i).recipientId() + ",");
        }
        assertThat(logged.get(String.valueOf(visits.get(451))).after()).contains("追加").contains("\"cash\":300.00");
        assertThat(logged.get(String.valueOf(visits.get(450))).after()).as("韩雷's file as it is today")
                .contains("\"hardshipType\":\"DEEP\"");

        // one visit saved alone is logged with the same JSON but for its ids
        long other = app.campaigns().save(new CampaignDraft(null, "另一次", cn.warmledger.domain.CampaignKind.WARMTH,
                day.minusDays(5), day.plusDays(5), new java.math.BigDecimal("1000"), null, List.of()));
        long alone = app.visits().save(cn.warmledger.TestCampaigns.visit(who.get(0), other, day, "500")).id();
        assertThat(logged.get(String.valueOf(visits.get(0))).after().replace("\"id\":" + visits.get(0), "ID")
                .replace("\"campaignId\":" + campaign, "C"))
                .isEqualTo(entries(AuditTrail.VISIT).stream().filter(e -> e.entityId().equals(String.valueOf(alone)))
                        .findFirst().orElseThrow().after().replace("\"id\":" + alone, "ID").replace("\"campaignId\":" + other, "C"));
    }

    private List<AuditEntry> entries(String entity) {
        return app.audit().list(new AuditQuery(null, entity, AuditAction.INSERT, null, 10_000));
    }
}
