package cn.warmledger.ui.enterprises;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;

/** The 企业 screen's view models on a real H2 file, run synchronously. */
class EnterprisesViewModelTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        TestCampaigns.openCampaign(app);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theCreditCodeIsCheckedAsTypedAndAVisitIsRecordedForTheChosenEnterprise() {
        EnterpriseFormViewModel form = new EnterpriseFormViewModel(app.enterprises(), TaskRunner.direct());
        form.creditCode.set("91350100M000100Y44");
        assertThat(form.codeProblemProperty().get()).contains("应为 3");
        form.creditCode.set("91350100M000100Y43");
        assertThat(form.codeProblemProperty().get()).isEmpty();
        form.name.set("闽江纺织有限公司");
        form.employeeCount.set("三百");
        form.save(() -> { });
        assertThat(form.errorProperty().get()).contains("职工人数");
        form.employeeCount.set("300");
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();

        EnterprisesViewModel vm = new EnterprisesViewModel(app.enterprises(), app.campaigns(), TaskRunner.direct());
        vm.reload();
        assertThat(vm.campaign.get()).isNotNull();
        vm.recordVisit();
        assertThat(vm.errorProperty().get()).contains("选中企业");
        vm.selected.set(vm.rows.get(0));
        vm.visitedOn.set(LocalDate.now());
        vm.amount.set("2万");
        vm.workers.set("45");
        vm.recordVisit();
        assertThat(vm.visits).singleElement().satisfies(v -> assertThat(v.amount()).isEqualByComparingTo("20000"));
        assertThat(vm.totalsTextProperty().get()).contains("共 1 家").contains("20000.00");
    }
}
