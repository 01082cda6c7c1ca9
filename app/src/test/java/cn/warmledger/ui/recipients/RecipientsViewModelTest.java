package cn.warmledger.ui.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.WorkOnlyTaskRunner;

/** View models without a window: plain JUnit on a real H2 file, work run inline. */
class RecipientsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        app.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void filtersReloadTheRowsAndTheCount() {
        RecipientsViewModel vm = new RecipientsViewModel(app.recipients(), app.organizations(), TaskRunner.direct(), false);
        vm.reload();
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.rowCountTextProperty().get()).isEqualTo("共 2 人");
        vm.categoryProperty().set(RecipientCategory.HARDSHIP_WORKER);
        assertThat(vm.rows()).extracting(RecipientSummary::name).containsExactly("韩雷");
        vm.categoryProperty().set(null);
        vm.searchTextProperty().set("汪");
        assertThat(vm.rows()).extracting(RecipientSummary::name).containsExactly("汪惠珍");
        assertThat(vm.idNumberShown(vm.rows().get(0))).isEqualTo("340102********2347");
        vm.showFullNumbersProperty().set(true);
        assertThat(vm.idNumberShown(vm.rows().get(0))).isEqualTo(TestIds.FEMALE_1985);
        assertThat(vm.units()).extracting(u -> u.name()).contains("城关镇总工会");
    }

    @Test
    void theFormDerivesGenderAndBirthDateAndFlagsAContradiction() {
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), WorkOnlyTaskRunner.guarding(app),
                Optional.of(new java.math.BigDecimal("650")));
        vm.startNew();
        vm.idNumber.set(TestIds.MALE_1990);
        assertThat(vm.gender.get()).isEqualTo(Gender.MALE);
        assertThat(vm.birthDate.get()).hasToString("1990-03-08");
        assertThat(vm.idNumberProblemProperty().get()).isNull();
        vm.gender.set(Gender.FEMALE);
        assertThat(vm.genderProblemProperty().get()).contains("男");
        vm.idNumber.set("34010219900308345");
        assertThat(vm.idNumberProblemProperty().get()).contains("17 位");
    }

    @Test
    void theFormSuggestsATypeFromTheIncomeFiguresAndSaves() {
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), WorkOnlyTaskRunner.guarding(app),
                Optional.of(new java.math.BigDecimal("650")));
        vm.startNew();
        vm.idNumber.set(TestIds.FEMALE_1975);
        vm.name.set("刘芳");
        vm.category.set(RecipientCategory.HARDSHIP_WORKER);
        vm.file.hardshipType.set(HardshipType.DEEP);
        vm.file.householdAnnualIncome.set("36000");
        vm.file.householdSize.set("3");
        assertThat(vm.file.perCapitaTextProperty().get()).contains("1000.00");
        assertThat(vm.file.suggestionTextProperty().get()).contains("相对困难").contains("与所选类型不同");
        vm.file.rigidExpenditure.set("-5");
        List<Long> saved = new ArrayList<>();
        vm.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(vm.saveErrorProperty().get()).contains("刚性支出").contains("负数");
        vm.file.rigidExpenditure.set("");
        vm.save(saved::add);
        assertThat(saved).hasSize(1);
        assertThat(vm.savingProperty().get()).isFalse();
        app.checkEachDatabaseAccess(null);
        assertThat(app.recipients().count()).isEqualTo(3);
    }

    @Test
    void aTypedBirthDateIsStoredAsTypedAndAnUnreadableOneRefusesTheSave() {
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), WorkOnlyTaskRunner.guarding(app),
                Optional.empty());
        vm.startNew();
        vm.name.set("刘芳");
        vm.category.set(RecipientCategory.MODEL_WORKER);
        vm.birthDate.textProperty().set("1975年6月1日");
        vm.idNumber.set(TestIds.FEMALE_1975);
        assertThat(vm.birthDate.textProperty().get()).as("typed text is not replaced by the number's date")
                .isEqualTo("1975年6月1日");
        vm.birthDate.textProperty().set("1975/13/1");
        List<Long> saved = new ArrayList<>();
        vm.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(vm.saveErrorProperty().get()).startsWith("出生日期：“1975/13/1”不是有效日期");
        assertThat(vm.birthDate.errorProperty().get()).contains("1975/13/1");
        assertThat(vm.birthDate.textProperty().get()).isEqualTo("1975/13/1");

        vm.birthDate.textProperty().set(TestIds.FEMALE_1975.substring(6, 14));
        vm.save(saved::add);
        assertThat(saved).as(vm.saveErrorProperty().get()).hasSize(1);
        assertThat(vm.birthDate.textProperty().get()).as("shown back in one form").isEqualTo("1975-05-20");
        app.checkEachDatabaseAccess(null);
        assertThat(app.recipients().count()).isEqualTo(3);
        assertThat(app.recipients().details(saved.get(0)).orElseThrow().recipient().birthDate())
                .isEqualTo(vm.birthDate.get());
    }

    @Test
    void aDatabaseFailureWhileSavingIsToldInChineseAndNothingEscapes() {
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), WorkOnlyTaskRunner.guarding(app),
                Optional.empty());
        vm.startNew();
        vm.idNumber.set(TestIds.FEMALE_1975);
        vm.name.set("刘芳");
        vm.category.set(RecipientCategory.MODEL_WORKER);
        app.close();
        List<Long> saved = new ArrayList<>();
        vm.save(saved::add);
        assertThat(saved).isEmpty();
        assertThat(vm.saveErrorProperty().get()).startsWith("保存失败").doesNotContain("Exception").doesNotContain("SQL");
        assertThat(vm.savingProperty().get()).isFalse();
        app = TestApp.open(dir);
    }
}
