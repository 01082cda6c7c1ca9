package cn.warmledger.service.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignLockedException;
import cn.warmledger.service.home.Dashboard;

/** Enterprises and their visits, service tallies, and the 首页 figures, on a real H2 file. */
class EnterpriseAndDashboardServiceTest {
    static final LocalDate JAN_10 = LocalDate.of(2021, 1, 10);

    @TempDir
    Path dir;
    AppContext app;
    long campaign;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        campaign = app.campaigns().save(TestCampaigns.springFestival());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anEnterpriseNeedsAValidUniqueCreditCodeAndItsVisitsFollowTheCampaignLock() {
        long id = app.enterprises().save(new Enterprise(null, "91350100m000100y43", "闽江纺织有限公司", "停产半停产",
                null, "林经理", "0591-87654321", 320, null));
        assertThat(app.enterprises().list()).singleElement()
                .satisfies(e -> assertThat(e.creditCode()).isEqualTo("91350100M000100Y43"));
        assertThatThrownBy(() -> app.enterprises().save(new Enterprise(null, "91350100M000100Y43", "另一家", null,
                null, null, null, null, null))).hasMessageContaining("闽江纺织有限公司");
        assertThatThrownBy(() -> app.enterprises().save(new Enterprise(null, "91350100M000100Y44", "错码公司", null,
                null, null, null, null, null))).hasMessageContaining("统一社会信用代码").hasMessageContaining("应为 3");

        long visit = app.enterprises().recordVisit(new EnterpriseVisit(null, id, null, campaign, JAN_10, "县总 王主席",
                new BigDecimal("20000"), 45, FundSource.COUNTY, null));
        assertThat(app.enterprises().visits(campaign)).singleElement().satisfies(v -> {
            assertThat(v.enterpriseName()).isEqualTo("闽江纺织有限公司");
            assertThat(v.amount()).isEqualByComparingTo("20000");
            assertThat(v.workersVisited()).isEqualTo(45);
        });
        app.campaigns().close(campaign, null);
        assertThatThrownBy(() -> app.enterprises().recordVisit(new EnterpriseVisit(null, id, null, campaign, JAN_10,
                null, BigDecimal.ONE, null, null, null))).isInstanceOf(CampaignLockedException.class);
        assertThatThrownBy(() -> app.enterprises().deleteVisit(visit)).isInstanceOf(CampaignLockedException.class);
        assertThat(app.enterprises().visits(campaign)).hasSize(1);
    }

    @Test
    void serviceTalliesKeepOneQuantityPerItemAndAcceptItemsTheUserAdds() {
        app.serviceTallies().set(campaign, "COUPLETS", 1200);
        app.serviceTallies().set(campaign, "COUPLETS", 1500);
        var item = app.serviceTallies().addItem("送医送药", "人次");
        app.serviceTallies().set(campaign, item.code(), 86);
        var tallies = app.serviceTallies().tallies(campaign);
        assertThat(tallies).filteredOn(t -> t.item().code().equals("COUPLETS")).singleElement()
                .satisfies(t -> assertThat(t.quantity()).isEqualTo(1500));
        assertThat(tallies).filteredOn(t -> t.item().label().equals("送医送药")).singleElement()
                .satisfies(t -> assertThat(t.quantity()).isEqualTo(86));
        assertThatThrownBy(() -> app.serviceTallies().set(campaign, "COUPLETS", -1)).hasMessageContaining("负数");
        assertThatThrownBy(() -> app.serviceTallies().addItem("送医送药", "次")).hasMessageContaining("已有");
    }

    @Test
    void theDashboardCountsCoverageMoneyPerSourceVisitsPerDayAndWhoIsNotVisited() {
        long a = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.FEMALE_1975, "周敏", HardshipType.RELATIVE,
                FileStatus.ACTIVE));
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1990, "吴刚", HardshipType.DEEP,
                FileStatus.EXITED));
        long m = app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.visits().save(TestCampaigns.visit(a, campaign, JAN_10, "1000"));
        app.visits().save(TestCampaigns.visit(m, campaign, JAN_10.plusDays(2), "500"));
        app.campaigns().addFund(campaign, FundSource.ACFTU, new BigDecimal("5000"), null, null);
        app.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal("3000"), null, null);
        app.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal("1000"), null, null);

        Dashboard d = app.dashboard().overview(campaign, LocalDate.now());
        assertThat(d.campaign()).get().satisfies(c -> assertThat(c.id()).isEqualTo(campaign));
        assertThat(d.toVisit()).isEqualTo(2);
        assertThat(d.visited()).isEqualTo(1);
        assertThat(d.coveragePercent()).isEqualTo(50);
        assertThat(d.notVisited()).extracting(r -> r.name()).containsExactly("周敏");
        assertThat(d.raisedBySource()).containsOnlyKeys(FundSource.ACFTU, FundSource.COUNTY);
        assertThat(d.raisedBySource().get(FundSource.COUNTY)).isEqualByComparingTo("4000");
        assertThat(d.spentBySource().get(FundSource.COUNTY)).isEqualByComparingTo("1740");
        assertThat(d.spentTotal()).isEqualByComparingTo("1740");
        assertThat(d.raisedTotal()).isEqualByComparingTo("9000");
        assertThat(d.visitsPerDay()).containsExactly(java.util.Map.entry(JAN_10, 1),
                java.util.Map.entry(JAN_10.plusDays(2), 1));
        assertThat(d.visitCount()).isEqualTo(2);
        assertThat(d.pendingSubmissions()).isZero();
        assertThat(app.dashboard().overview(null, LocalDate.of(2021, 1, 1)).campaign()).isPresent();
    }
}
