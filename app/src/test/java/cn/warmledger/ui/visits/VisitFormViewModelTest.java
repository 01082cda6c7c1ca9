package cn.warmledger.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

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
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.VisitSaved;
import cn.warmledger.ui.common.WorkOnlyTaskRunner;

/** The visit and 集中慰问 forms without a window: the day typed is the day stored, an unreadable one refuses. */
class VisitFormViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    Campaign campaign;
    RecipientSummary hanLei;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        long id = TestCampaigns.openCampaign(app);
        campaign = app.campaigns().list().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1962, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        hanLei = app.recipients().search(new RecipientQuery("韩雷", null, null, null, null, false, 10)).get(0);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theTypedDayIsSavedAndAnImpossibleOneIsRefusedWithNothingWritten() {
        VisitFormViewModel vm = new VisitFormViewModel(app.visits(), app.recipients(),
                WorkOnlyTaskRunner.guarding(app), List.of(campaign), campaign);
        vm.startFor(hanLei);
        List<VisitSaved> saved = new ArrayList<>();
        vm.visitedOn.textProperty().set("2021-02-30");
        vm.save(null, saved::add, dup -> { });
        assertThat(saved).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("慰问日期：“2021-02-30”不是有效日期");
        assertThat(vm.visitedOn.textProperty().get()).isEqualTo("2021-02-30");

        // typed in another form and saved straight away (Ctrl+S): committed first, stored as typed
        LocalDate inside = campaign.startsOn().plusDays(1);
        vm.visitedOn.textProperty().set(inside.getYear() + "年" + inside.getMonthValue() + "月"
                + inside.getDayOfMonth() + "日");
        vm.save(null, saved::add, dup -> { });
        assertThat(saved).as(vm.errorProperty().get()).hasSize(1);
        assertThat(vm.warningProperty().get()).isEmpty();
        app.checkEachDatabaseAccess(null);
        assertThat(app.visits().search(VisitQuery.ofCampaign(campaign.id()))).singleElement()
                .satisfies(v -> assertThat(v.visitedOn()).isEqualTo(inside));
    }

    @Test
    void aDayOutsideTheCampaignStillWarns() {
        VisitFormViewModel vm = new VisitFormViewModel(app.visits(), app.recipients(),
                WorkOnlyTaskRunner.guarding(app), List.of(campaign), campaign);
        vm.visitedOn.textProperty().set("2021/1/8");
        assertThat(vm.warningProperty().get()).as("not before the text is committed").isEmpty();
        vm.visitedOn.commit();
        assertThat(vm.warningProperty().get()).contains("2021-01-08").contains(campaign.name());
    }

    @Test
    void theBatchRefusesAnUnreadableDayBeforeItPreviews() {
        BatchViewModel vm = new BatchViewModel(app.visits(), app.recipients(), WorkOnlyTaskRunner.guarding(app),
                List.of(campaign), campaign);
        vm.visitedOn.textProperty().set("1/8/2021");
        vm.preview(List.of(hanLei));
        assertThat(vm.lines).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("慰问日期：“1/8/2021”不是有效日期");
        vm.visitedOn.textProperty().set(campaign.startsOn().toString().replace('-', '.'));
        vm.preview(List.of(hanLei));
        assertThat(vm.lines).hasSize(1);
        assertThat(vm.common().visitedOn()).isEqualTo(campaign.startsOn());
    }
}
