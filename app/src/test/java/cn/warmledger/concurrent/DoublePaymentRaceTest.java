package cn.warmledger.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.BatchVisits;
import cn.warmledger.service.visits.DuplicateVisitException;
import cn.warmledger.service.visits.VisitDraft;
import cn.warmledger.service.visits.VisitSaved;

/**
 * The double-payment guard across PCs (issue 18.4): two clerks, each on a context of their own (own connections) to
 * one database, save a visit for the same person, campaign and 帮扶类别 at the same moment, on real threads.
 * Exactly one gets in without a reason; the other is refused as the guard refuses (asking for a reason), never with
 * the database's own error.
 */
class DoublePaymentRaceTest {
    static final LocalDate JAN_10 = LocalDate.of(2021, 1, 10);
    static final String ASKS_FOR_A_REASON = "再次慰问需确认并填写原因";
    static final int PEOPLE = 200;

    @TempDir
    Path dir;
    SharedOffice office;
    AppContext first;
    AppContext second;
    long campaign;
    List<Long> people;

    void open(SharedOffice.Engine engine) {
        office = SharedOffice.township(engine, dir);
        first = office.clerk();
        second = office.clerk();
        campaign = first.campaigns().save(TestCampaigns.springFestival());
        people = first.recipients().saveAll(IntStream.range(0, PEOPLE)
                .mapToObj(i -> TestApp.modelWorker(TestCampaigns.idNumber(i), "劳模" + i)).toList(), n -> { });
    }

    @AfterEach
    void close() {
        if (office != null) {
            office.close();
        }
    }

    @ParameterizedTest
    @EnumSource(SharedOffice.Engine.class)
    void aThousandPairsOfSimultaneousSavesKeepExactlyOneVisitWithoutReasonEach(SharedOffice.Engine engine)
            throws Exception {
        open(engine);
        int refusedByTheGuard = 0;
        try (Race race = new Race(2)) {
            for (AssistanceKind kind : AssistanceKind.values()) {
                for (long person : people) {
                    List<Object> outcomes = race.run(List.of(
                            () -> first.visits().save(draft(person, kind, "500", null)),
                            () -> second.visits().save(draft(person, kind, "600", null))));
                    assertThat(outcomes).as("%s %s", person, kind)
                            .filteredOn(o -> o instanceof VisitSaved).hasSize(1);
                    Object refusal = outcomes.stream().filter(o -> !(o instanceof VisitSaved)).findFirst()
                            .orElseThrow();
                    assertThat(refusal).as("%s %s", person, kind).isInstanceOf(DuplicateVisitException.class);
                    assertThat(((Exception) refusal).getMessage()).contains(ASKS_FOR_A_REASON).doesNotContain("SQL")
                            .doesNotContain("VISIT_GUARD_IDX").contains("劳模");
                    refusedByTheGuard++;
                }
            }
        }
        assertThat(refusedByTheGuard).isEqualTo(1000);
        List<VisitSummary> stored = first.visits().search(new VisitQuery(campaign, null, null, null, null, null, null,
                null));
        assertThat(stored).hasSize(1000).allSatisfy(v -> assertThat(v.duplicateReason()).isNull());
        assertThat(first.visits().duplicates(campaign)).isEmpty();
        // the clerk who was refused may still record the second visit, with the reason the guard asks for
        String reason = "两次困难，经研究再次慰问";
        VisitSaved again = second.visits().save(draft(people.get(0), AssistanceKind.WARMTH, "300", reason));
        assertThat(second.visits().find(again.id()).orElseThrow().duplicateReason()).isEqualTo(reason);
        assertThat(first.visits().duplicates(campaign)).hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(SharedOffice.Engine.class)
    void aReasonGivenAtTheSameMomentIsAlwaysSavedAndTheGuardStillHoldsTheOneWithout(SharedOffice.Engine engine)
            throws Exception {
        open(engine);
        int bothIn = 0;
        try (Race race = new Race(2)) {
            for (long person : people.subList(0, 50)) {
                List<Object> outcomes = race.run(List.of(
                        () -> first.visits().save(draft(person, AssistanceKind.WARMTH, "500", null)),
                        () -> second.visits().save(draft(person, AssistanceKind.WARMTH, "500", "家中又遭火灾"))));
                assertThat(outcomes.get(1)).isInstanceOf(VisitSaved.class);
                if (outcomes.get(0) instanceof VisitSaved) {
                    bothIn++;
                } else {
                    // the one with a reason got in first: the one without is asked for a reason, as the guard asks
                    assertThat(outcomes.get(0)).isInstanceOf(DuplicateVisitException.class);
                }
            }
        }
        List<VisitSummary> stored = first.visits().search(new VisitQuery(campaign, null, null, null, null, null, null,
                null));
        assertThat(stored).hasSize(50 + bothIn).filteredOn(v -> v.duplicateReason() == null).hasSize(bothIn);
    }

    @ParameterizedTest
    @EnumSource(SharedOffice.Engine.class)
    void aDeletedVisitFreesThePlaceForANewOneWithoutReason(SharedOffice.Engine engine) {
        open(engine);
        long person = people.get(0);
        VisitSaved v = first.visits().save(draft(person, AssistanceKind.WARMTH, "500", null));
        first.visits().delete(v.id(), cn.warmledger.TestApp.version(first.visits(), v.id()));
        VisitSaved again = second.visits().save(draft(person, AssistanceKind.WARMTH, "500", null));
        assertThat(second.visits().find(again.id()).orElseThrow().duplicateReason()).isNull();
        // the reason-less visit edited to carry a reason frees it too; the guard still asks the next one for a reason
        first.visits().save(new VisitDraft(again.id(), person, campaign, JAN_10, VisitForm.HOME_VISIT, null,
                new BigDecimal("500"), null, null, null, AssistanceKind.WARMTH, false, null, "补录"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> second.visits().save(
                draft(person, AssistanceKind.WARMTH, "500", null))).isInstanceOf(DuplicateVisitException.class);
    }

    /**
     * The batch paths race too: one clerk's 集中慰问 (the good lines saved, the others refused with why) against
     * another's roster import (all or nothing) of the same people, and a single save of one of them. Each person
     * ends with exactly one visit without reason.
     */
    @ParameterizedTest
    @EnumSource(SharedOffice.Engine.class)
    void aBatchAnImportAndASingleSaveOfTheSamePeopleKeepOneVisitEach(SharedOffice.Engine engine) throws Exception {
        open(engine);
        AppContext third = office.clerk();
        Map<String, Integer> outcomes = new HashMap<>();
        try (Race race = new Race(3)) {
            for (AssistanceKind kind : AssistanceKind.values()) {
                for (int round = 0; round < 4; round++) {
                    List<Long> group = people.subList(round * 50, round * 50 + 50);
                    BatchVisits.Common common = new BatchVisits.Common(campaign, JAN_10, VisitForm.GROUP_EVENT,
                            "王主席", null, kind, false, null);
                    List<BatchVisits.Line> lines = first.visits().preview(common, group);
                    List<VisitDraft> drafts = group.stream().map(p -> draft(p, kind, "500", null)).toList();
                    List<Callable<?>> tasks = List.of(
                            () -> first.visits().commitGood(common, lines, null),
                            () -> second.visits().saveAll(drafts, n -> { }),
                            () -> third.visits().save(draft(group.get(25), kind, "800", null)));
                    List<Object> results = race.run(tasks);
                    BatchVisits.Saved batch = (BatchVisits.Saved) results.get(0);
                    assertThat(batch.refused())
                            .allSatisfy(l -> assertThat(l.problem()).startsWith("本活动已有同类慰问"));
                    tally(outcomes, "batch saved", batch.saved().size());
                    if (results.get(1) instanceof Exception e) {
                        assertThat(e).isInstanceOf(DuplicateVisitException.class).hasMessageContaining(ASKS_FOR_A_REASON);
                        tally(outcomes, "import refused", 1);
                    } else {
                        tally(outcomes, "import saved", ((List<?>) results.get(1)).size());
                    }
                    if (results.get(2) instanceof Exception e) {
                        assertThat(e).isInstanceOf(DuplicateVisitException.class);
                    }
                }
            }
        }
        List<VisitSummary> stored = first.visits().search(new VisitQuery(campaign, null, null, null, null, null, null,
                null));
        assertThat(stored).hasSize(PEOPLE * AssistanceKind.values().length)
                .allSatisfy(v -> assertThat(v.duplicateReason()).isNull());
        assertThat(first.visits().duplicates(campaign)).isEmpty();
        System.out.println("batch/import/single race outcomes: " + outcomes);
    }

    private static void tally(Map<String, Integer> outcomes, String what, int n) {
        outcomes.merge(what, n, Integer::sum);
    }

    private VisitDraft draft(long person, AssistanceKind kind, String cash, String reason) {
        return new VisitDraft(null, person, campaign, JAN_10, VisitForm.HOME_VISIT, "王主席", new BigDecimal(cash), null,
                null, null, kind, false, null, reason);
    }
}
