package cn.warmledger.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.BatchVisits;
import cn.warmledger.ui.common.WorkOnlyTaskRunner;

/**
 * Issue 15, point 7: 集中慰问 on a real H2 file with five recipients, two of whom had this campaign's 慰问 already.
 * The two are flagged in the preview with why; dropped, the three others are saved; or, given one reason, all
 * five are saved and the two carry it. The save says how many and the 慰问金 total, with two decimals.
 */
class BatchViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    Campaign campaign;
    List<RecipientSummary> people;
    List<String> visitedBefore = List.of("钱二", "孙三");

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        long id = TestCampaigns.openCampaign(app);
        campaign = app.campaigns().list().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        String[] names = {"赵一", "钱二", "孙三", "李四", "周五"};
        for (int i = 0; i < names.length; i++) {
            app.recipients().save(TestCampaigns.hardshipWorker(TestCampaigns.idNumber(i), names[i],
                    HardshipType.DEEP, FileStatus.ACTIVE));
        }
        people = new ArrayList<>();
        for (String name : names) {
            people.add(app.recipients().search(new RecipientQuery(name, null, null, null, null, false, 10)).get(0));
        }
        for (RecipientSummary r : people) {
            if (visitedBefore.contains(r.name())) {
                app.visits().save(TestCampaigns.visit(r.id(), campaign.id(), campaign.startsOn(), "300"));
            }
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    private BatchViewModel previewed() {
        BatchViewModel vm = new BatchViewModel(app.visits(), app.recipients(), WorkOnlyTaskRunner.guarding(app),
                List.of(campaign), campaign);
        vm.visitedOn.textProperty().set(campaign.startsOn().plusDays(1).toString());
        vm.preview(people);
        assertThat(vm.lines).hasSize(5);
        // the two visited before are flagged with why: the earlier visit's day and amount
        assertThat(vm.lines.stream().filter(l -> l.problem() != null).map(BatchVisits.Line::name))
                .containsExactlyElementsOf(visitedBefore);
        assertThat(vm.lines.stream().filter(l -> l.problem() != null).map(BatchVisits.Line::problem))
                .allSatisfy(p -> assertThat(p).contains(campaign.startsOn().toString()).contains("300"));
        assertThat(vm.flaggedProperty().get()).isEqualTo(2);
        // 5 × the standard of a 深度困难 household, the amounts edited to tell the total's two decimals apart
        // flagged lines come first
        assertThat(vm.lines.subList(0, 2)).extracting(BatchVisits.Line::name).containsExactlyElementsOf(visitedBefore);
        vm.edit(2, "500.5", null, "0");
        assertThat(vm.lines.get(2).name()).isEqualTo("赵一");
        return vm;
    }

    private BigDecimal cashOf(String name) {
        return cashOf(people.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
    }

    private BigDecimal cashOf(RecipientSummary r) {
        return app.visits().search(VisitQuery.ofCampaign(campaign.id())).stream()
                .filter(v -> v.recipientId() == r.id() && !v.visitedOn().equals(campaign.startsOn()))
                .map(VisitSummary::cash).findFirst().orElse(null);
    }

    @Test
    void withoutAReasonTheGoodLinesAreSavedAndTheFlaggedStayThenDroppedLeaveNothingToSave() {
        BatchViewModel vm = previewed();
        BigDecimal expected = vm.lines.stream().filter(l -> l.problem() == null).map(BatchVisits.Line::cash)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        int[] done = {0};
        vm.commit(() -> done[0]++);
        app.checkEachDatabaseAccess(null); // the view model is done; the test reads the file itself
        assertThat(done[0]).isEqualTo(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        // the good three are saved; the flagged two wait in the preview, still with why
        assertThat(vm.savedTextProperty().get()).startsWith("已保存 3 条，慰问金合计 "
                + expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 元");
        assertThat(expected.toPlainString()).contains(".5");
        assertThat(vm.lines).extracting(BatchVisits.Line::name).containsExactlyElementsOf(visitedBefore);
        assertThat(vm.lines).allSatisfy(l -> assertThat(l.problem()).isNotBlank());
        Map<Long, Long> perPerson = app.visits().search(VisitQuery.ofCampaign(campaign.id())).stream()
                .collect(Collectors.groupingBy(VisitSummary::recipientId, Collectors.counting()));
        assertThat(perPerson.values()).containsOnly(1L).hasSize(5);
        assertThat(cashOf("赵一")).isEqualByComparingTo("500.5");

        vm.removeFlagged();
        assertThat(vm.lines).isEmpty();
        assertThat(vm.flaggedProperty().get()).isZero();
    }

    @Test
    void dropTheFlaggedThenSaveRecordsTheOthers() {
        BatchViewModel vm = previewed();
        vm.removeFlagged();
        assertThat(vm.lines).extracting(BatchVisits.Line::name).containsExactly("赵一", "李四", "周五");
        BigDecimal expected = vm.lines.stream().map(BatchVisits.Line::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
        vm.commit(() -> { });
        app.checkEachDatabaseAccess(null);
        assertThat(vm.savedTextProperty().get()).isEqualTo("已保存 3 条，慰问金合计 "
                + expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 元");
        assertThat(vm.lines).isEmpty();
        assertThat(app.visits().search(VisitQuery.ofCampaign(campaign.id()))).hasSize(5); // 2 before + 3
        assertThat(cashOf("钱二")).isNull();
    }

    @Test
    void oneReasonSavesTheFlaggedWithItAndTheOthersWithout() {
        BatchViewModel vm = previewed();
        BigDecimal expected = vm.lines.stream().map(BatchVisits.Line::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
        vm.duplicateReason.set("春节前补发");
        vm.commit(() -> { });
        app.checkEachDatabaseAccess(null);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.savedTextProperty().get()).isEqualTo("已保存 5 条，慰问金合计 "
                + expected.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " 元");
        assertThat(vm.lines).isEmpty();
        List<VisitSummary> stored = app.visits().search(VisitQuery.ofCampaign(campaign.id())).stream()
                .filter(v -> !v.visitedOn().equals(campaign.startsOn())).toList();
        assertThat(stored).hasSize(5);
        assertThat(stored).allSatisfy(v -> assertThat(v.duplicateReason())
                .isEqualTo(visitedBefore.contains(v.recipientName()) ? "春节前补发" : null));
    }
}
