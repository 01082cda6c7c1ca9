package cn.warmledger.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.ImportField;
import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.RowStatus;
import cn.warmledger.service.imports.VisitFixtures;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.imports.ImportWizardViewModel.Step;

/** The wizard in roster mode without a window: work runs inline (TaskRunner.direct()) on a real H2 file. */
class VisitImportWizardViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    long campaign;
    long closed;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
        campaign = app.campaigns().save(TestCampaigns.springFestival());
        closed = app.campaigns().save(TestCampaigns.thisSeason());
        app.campaigns().close(closed, "已结束");
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1962, "陈陆", HardshipType.DEEP,
                FileStatus.ACTIVE));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "孙丽"));
        long han = app.recipients().save(TestApp.modelWorker(TestIds.MALE_1980, "韩雷"));
        app.recipients().save(TestApp.modelWorker(TestIds.MALE_1990, "周敏"));
        app.visits().save(TestCampaigns.visit(han, campaign, LocalDate.of(2021, 1, 5), "600"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void campaignMappingCheckDuplicatesAndImport() throws Exception {
        ImportWizardViewModel vm = ImportWizardViewModel.forVisits(app.visitImport(), null, TaskRunner.direct());
        assertThat(vm.kind()).isEqualTo(ImportKind.VISITS);
        VisitChoices choices = vm.visitChoices();
        assertThat(choices.campaigns()).as("open campaigns only").extracting(c -> c.id()).containsExactly(campaign);
        assertThat(choices.campaignProperty().get().id()).as("the only open one is chosen").isEqualTo(campaign);
        assertThat(vm.fields()).contains(ImportField.CASH, ImportField.VISITED_ON).doesNotContain(ImportField.BANK_ACCOUNT);

        vm.openFile(VisitFixtures.roster(dir));
        assertThat(vm.source().headerRowProperty().get()).isEqualTo(2);
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.MAPPING);
        assertThat(vm.columns().unmappedTextProperty().get()).isEqualTo("不导入的列：序号、领取人签字");
        assertThat(vm.columns().mappingRows().get(6).fieldProperty().get()).isEqualTo(ImportField.CASH);
        vm.map(9, null);
        assertThat(vm.columns().missingTextProperty().get()).contains("慰问日期");
        vm.next();
        assertThat(vm.stepProperty().get()).as("no date column: stays").isEqualTo(Step.MAPPING);
        vm.map(9, ImportField.VISITED_ON);

        choices.campaignProperty().set(null);
        vm.next();
        assertThat(vm.errorProperty().get()).isEqualTo("请先选择要导入到哪个活动（只能导入到未结束的活动）");
        choices.campaignProperty().set(choices.campaigns().get(0));
        vm.next();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHECK);
        assertThat(vm.checked().summaryProperty().get()).isEqualTo("导入到“2021年元旦春节送温暖”：可导入慰问记录 4 条（其中 2 人不在台账中，"
                + "将新建为慰问对象），重复慰问 3 行（默认不导入），有错误 3 行（不导入），跳过合计等 2 行、空行 1 行。");
        assertThat(vm.checked().preview()).extracting(o -> o.rowNumber()).containsExactly(3, 5, 6, 7, 10, 11, 12);
        assertThat(vm.checked().preview().get(0).visit().hardshipType()).isEqualTo(HardshipType.DEEP);
        assertThat(ImportWizardViewModel.idShown(vm.checked().preview().get(0))).isEqualTo("340102********0074");
        assertThat(vm.checked().report()).extracting(p -> p.rowNumber()).containsExactly(4, 8, 10, 11, 12, 13, 14, 15);
        assertThat(choices.duplicateCountProperty().get()).isEqualTo(3);
        assertThat(vm.checked().validCountProperty().get()).isEqualTo(4);
        assertThat(vm.checked().rejectedCountProperty().get()).as("the error workbook gets the held rows too").isEqualTo(6);

        choices.importDuplicatesProperty().set(true);
        assertThat(vm.checked().validCountProperty().get()).isEqualTo(7);
        vm.runImport(() -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("导入重复慰问须填写原因（会记在每条重复的慰问记录上）");
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHECK);
        choices.importDuplicatesProperty().set(false);

        boolean[] told = {false};
        vm.runImport(() -> told[0] = true);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(told[0]).isTrue();
        assertThat(vm.resultProperty().get())
                .isEqualTo("导入慰问记录 4 条（其中新建慰问对象 2 人、重复慰问 0 条），跳过重复慰问 3 行，未导入 3 行（有错误）");
        var visits = app.visits().search(VisitQuery.ofCampaign(campaign));
        assertThat(visits).hasSize(5);
        assertThat(visits.stream().map(VisitSummary::cash).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(new BigDecimal("4100.00"));

        Path errors = dir.resolve("未导入.xlsx");
        vm.saveErrors(errors);
        assertThat(vm.savedErrorsProperty().get()).isEqualTo(errors);
        assertThat(cn.warmledger.service.imports.RecipientImportServiceTestAccess.readBack(errors)).hasSize(7);
        assertThat(vm.checked().preview()).allSatisfy(o -> assertThat(o.status()).isIn(RowStatus.VISIT,
                RowStatus.VISIT_NEW_RECIPIENT, RowStatus.DUPLICATE_VISIT));
    }

    @Test
    void theOpenCampaignOfTheVisitsFilterIsPreselected() {
        var season = TestCampaigns.thisSeason();
        long other = app.campaigns().save(new cn.warmledger.service.campaigns.CampaignDraft(null, "今年金秋助学", season.kind(),
                season.startsOn(), season.endsOn(), season.budget(), null, java.util.List.of()));
        ImportWizardViewModel vm = ImportWizardViewModel.forVisits(app.visitImport(), other, TaskRunner.direct());
        assertThat(vm.visitChoices().campaigns()).hasSize(2);
        assertThat(vm.visitChoices().campaignProperty().get().id()).isEqualTo(other);
        ImportWizardViewModel none = ImportWizardViewModel.forVisits(app.visitImport(), closed, TaskRunner.direct());
        assertThat(none.visitChoices().campaignProperty().get()).as("a closed campaign is not offered").isNull();
    }
}
