package cn.warmledger.ui.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.WorkOnlyTaskRunner;

/** The 活动 screen's view models on a real H2 file, run synchronously. */
class CampaignsViewModelTest {
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
    void theFormSavesTheStandardsTypedAndRefusesABadAmountNamingTheLine() {
        CampaignFormViewModel form = new CampaignFormViewModel(app.campaigns(), TaskRunner.direct());
        form.name.set("2021年元旦春节送温暖");
        form.kind.set(CampaignKind.WARMTH);
        form.startsOn.set(LocalDate.of(2020, 12, 20));
        form.endsOn.set(LocalDate.of(2021, 2, 26));
        standard(form, RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP).set("1000");
        standard(form, RecipientCategory.MODEL_WORKER, null).set("abc");
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(form.errorProperty().get()).contains("劳动模范/工匠").contains("abc");

        standard(form, RecipientCategory.MODEL_WORKER, null).set("500元");
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).isTrue();
        long id = app.campaigns().list().get(0).id();
        assertThat(app.campaigns().standards(id).amountFor(RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP))
                .get().satisfies(a -> assertThat(a).isEqualByComparingTo("1000"));
        assertThat(app.campaigns().standards(id).lines()).hasSize(2);
    }

    @Test
    void thePeriodIsStoredAsTypedAndAnImpossibleDayRefusesTheSave() {
        CampaignFormViewModel form = new CampaignFormViewModel(app.campaigns(), WorkOnlyTaskRunner.guarding(app));
        form.name.set("2021年元旦春节送温暖");
        form.startsOn.textProperty().set("2020年12月20日");
        form.endsOn.textProperty().set("2021-02-30");
        boolean[] saved = {false};
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).isFalse();
        assertThat(form.errorProperty().get()).startsWith("结束日期：“2021-02-30”不是有效日期");
        assertThat(form.endsOn.textProperty().get()).isEqualTo("2021-02-30");
        assertThat(form.startsOn.textProperty().get()).isEqualTo("2020-12-20");

        form.endsOn.textProperty().set("2021/2/26");
        form.save(() -> saved[0] = true);
        assertThat(saved[0]).as(form.errorProperty().get()).isTrue();
        app.checkEachDatabaseAccess(null);
        assertThat(app.campaigns().list()).singleElement().satisfies(c -> {
            assertThat(c.startsOn()).isEqualTo(LocalDate.of(2020, 12, 20));
            assertThat(c.endsOn()).isEqualTo(LocalDate.of(2021, 2, 26));
        });
    }

    @Test
    void theFundDateDefaultsToADayInsideTheCampaign() {
        var running = new cn.warmledger.domain.Campaign(1L, "两节", CampaignKind.WARMTH, LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 2, 28), null, CampaignStatus.OPEN, null);
        assertThat(CampaignsViewModel.defaultFundDate(running, LocalDate.of(2027, 1, 5)))
                .isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(CampaignsViewModel.defaultFundDate(running, LocalDate.of(2027, 6, 1)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(CampaignsViewModel.defaultFundDate(running, LocalDate.of(2026, 6, 1)))
                .isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void fundsTalliesAndCloseAndReopenFromTheScreen() {
        CampaignFormViewModel form = new CampaignFormViewModel(app.campaigns(), TaskRunner.direct());
        form.name.set("金秋助学");
        form.kind.set(CampaignKind.SCHOOLING);
        form.startsOn.set(LocalDate.of(2021, 8, 1));
        form.endsOn.set(LocalDate.of(2021, 9, 30));
        form.save(() -> { });

        CampaignsViewModel vm = new CampaignsViewModel(app.campaigns(), app.serviceTallies(), TaskRunner.direct());
        vm.reload();
        assertThat(vm.selected.get().campaign().name()).isEqualTo("金秋助学");
        // a campaign already over: the money is dated on its last day, not today
        assertThat(vm.fundDate.get()).isEqualTo(LocalDate.of(2021, 9, 30));
        vm.fundSource.set(FundSource.DONATION);
        vm.fundAmount.set("3.5万");
        vm.addFund();
        assertThat(vm.funds).singleElement().satisfies(f -> {
            assertThat(f.amount()).isEqualByComparingTo("35000");
            assertThat(f.receivedOn()).isEqualTo(LocalDate.of(2021, 9, 30));
        });
        vm.fundDate.textProperty().set("2021.9.31");
        vm.fundAmount.set("100");
        vm.addFund();
        assertThat(vm.errorProperty().get()).startsWith("到账日期：“2021.9.31”不是有效日期");
        assertThat(vm.funds).hasSize(1);
        vm.fundDate.textProperty().set("2021/9/1");
        assertThat(vm.rows.get(0).raised()).isEqualByComparingTo("35000");

        assertThat(vm.tallies).extracting(t -> t.item().label()).contains("法律咨询", "送春联");
        vm.setTally(vm.tallies.get(0), "120");
        assertThat(vm.tallies.get(0).quantity()).isEqualTo(120);
        vm.newItemLabel.set("送医送药");
        vm.newItemUnit.set("人次");
        vm.addItem();
        assertThat(vm.tallies).extracting(t -> t.item().label()).contains("送医送药");

        vm.close(null);
        assertThat(vm.selected.get().campaign().status()).isEqualTo(CampaignStatus.CLOSED);
        vm.fundAmount.set("100");
        vm.addFund();
        assertThat(vm.errorProperty().get()).contains("已结束并锁定");
        assertThat(vm.funds).hasSize(1);
        vm.reopen("补登捐款");
        assertThat(vm.selected.get().campaign().status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(vm.history).extracting(h -> h.reason()).containsExactly(null, "补登捐款");
    }

    private static javafx.beans.property.StringProperty standard(CampaignFormViewModel form, RecipientCategory c,
                                                                 HardshipType t) {
        return form.standards.stream().filter(f -> f.category() == c && f.hardshipType() == t).findFirst()
                .orElseThrow().amount();
    }
}
