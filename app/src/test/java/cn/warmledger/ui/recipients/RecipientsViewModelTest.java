package cn.warmledger.ui.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import cn.warmledger.service.AppContext;
import cn.warmledger.ui.common.TaskRunner;

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
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), Optional.of(new java.math.BigDecimal("650")));
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
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), Optional.of(new java.math.BigDecimal("650")));
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
        assertThat(vm.save()).isEmpty();
        assertThat(vm.saveErrorProperty().get()).contains("刚性支出").contains("负数");
        vm.file.rigidExpenditure.set("");
        assertThat(vm.save()).isPresent();
        assertThat(app.recipients().count()).isEqualTo(3);
    }
}
