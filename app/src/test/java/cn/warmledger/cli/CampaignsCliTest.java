package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.service.app.AppContext;

/** campaigns list | create | add-fund and visits list, on a real data folder. */
class CampaignsCliTest {
    @TempDir
    Path dir;

    Result inDir(String... args) {
        return CliRun.inDir(dir, args);
    }

    @Test
    void createPrintsTheNewIdAndAddFundAndListShowTheMoney() {
        TestApp.open(dir).close();
        Result created = inDir("campaigns", "create", "--name", "2021年元旦春节送温暖", "--kind", "送温暖",
                "--from", "2020-12-20", "--to", "2021-02-26");
        assertThat(created.code()).as(created.err()).isZero();
        String id = created.out().strip();
        assertThat(id).matches("\\d+");

        assertThat(inDir("campaigns", "add-fund", "--campaign", id, "--source", "全总", "--amount", "50000").code())
                .isZero();
        Result fund = inDir("campaigns", "add-fund", "--campaign", id, "--source", "COUNTY", "--amount", "1,234.50");
        assertThat(fund.code()).isZero();
        assertThat(fund.err()).contains("县(区)总").contains("1234.50");

        Result list = inDir("campaigns", "list", "--format", "csv");
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).hasSize(2);
        assertThat(list.out().lines().findFirst().orElseThrow()).startsWith("编号,活动名称,活动类型");
        assertThat(list.out()).contains(id + ",2021年元旦春节送温暖,送温暖,2020-12-20,2021-02-26,,51234.50,进行中");
    }

    @Test
    void badKindDateAmountOrCampaignAreRefusedWithTheRightExitCode() {
        TestApp.open(dir).close();
        Result kind = inDir("campaigns", "create", "--name", "x", "--kind", "发红包", "--from", "2021-01-01",
                "--to", "2021-02-01");
        assertThat(kind.code()).isEqualTo(1);
        assertThat(kind.err()).contains("活动类型").contains("金秋助学");
        Result day = inDir("campaigns", "create", "--name", "x", "--kind", "WARMTH", "--from", "2021/01/01",
                "--to", "2021-02-30");
        assertThat(day.code()).isEqualTo(2);
        assertThat(day.err()).contains("--to").contains("“2021-02-30”不是有效日期");
        // the window's forms are the command line's too
        Result typed = inDir("campaigns", "create", "--name", "y", "--kind", "WARMTH", "--from", "2021年1月1日",
                "--to", "2021/2/1");
        assertThat(typed.code()).as(typed.err()).isZero();
        assertThat(inDir("campaigns", "create", "--name", "x", "--kind", "WARMTH").code()).isEqualTo(2);
        Result order = inDir("campaigns", "create", "--name", "x", "--kind", "WARMTH", "--from", "2021-03-01",
                "--to", "2021-02-01");
        assertThat(order.code()).isEqualTo(1);
        assertThat(order.err()).contains("结束日期");
        assertThat(inDir("campaigns", "add-fund", "--campaign", "99", "--source", "全总", "--amount", "1").code())
                .isEqualTo(1);
        assertThat(inDir("campaigns", "add-fund", "--campaign", "abc", "--source", "全总", "--amount", "1").code())
                .isEqualTo(2);
        Result amount = inDir("campaigns", "add-fund", "--campaign", "1", "--source", "全总", "--amount", "-3");
        assertThat(amount.code()).isEqualTo(1);
        assertThat(amount.err()).contains("负数");
        assertThat(inDir("campaigns", "frob").code()).isEqualTo(2);
    }

    @Test
    void visitsListIsFilteredByCampaignAndMasksIdNumbers() {
        long campaign;
        try (AppContext app = TestApp.open(dir)) {
            campaign = app.campaigns().save(TestCampaigns.springFestival());
            long other = app.campaigns().save(TestCampaigns.thisSeason());
            long r = app.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
            long m = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            app.visits().save(TestCampaigns.visit(r, campaign, LocalDate.of(2021, 1, 10), "1000"));
            app.visits().save(TestCampaigns.visit(m, other, LocalDate.now(), "500"));
        }
        Result all = inDir("visits", "list", "--format", "csv");
        assertThat(all.code()).isZero();
        assertThat(all.out().lines()).hasSize(3);
        Result one = inDir("visits", "list", "--campaign", String.valueOf(campaign), "--format", "csv");
        assertThat(one.out().lines()).hasSize(2);
        assertThat(one.out()).contains("2021-01-10,韩雷,340102********1231,困难职工,深度困难,2021年元旦春节送温暖,上门走访")
                .contains("1000.00,米、油,120.00,县(区)总,送温暖,是").doesNotContain(TestIds.MALE_1980);
        assertThat(one.err()).contains("共 1 条").contains("1000.00");
        assertThat(inDir("visits", "list", "--full-id").out()).contains(TestIds.MALE_1980);
        assertThat(run("--help").out()).contains("campaigns add-fund").contains("visits list");
    }
}
