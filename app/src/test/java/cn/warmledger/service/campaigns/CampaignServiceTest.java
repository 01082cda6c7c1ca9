package cn.warmledger.service.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CampaignStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.app.AppContext;

class CampaignServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    CampaignService campaigns;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        campaigns = app.campaigns();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void createsACampaignWithItsStandardsAndReadsThemBackAfterReopening() {
        long id = campaigns.save(TestCampaigns.springFestival());
        app.close();
        app = TestApp.open(dir);
        Campaign c = app.campaigns().find(id).orElseThrow();
        assertThat(c.name()).isEqualTo("2021年元旦春节送温暖");
        assertThat(c.kind()).isEqualTo(CampaignKind.WARMTH);
        assertThat(c.status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(c.budget()).isEqualByComparingTo("200000");
        var standards = app.campaigns().standards(id);
        assertThat(standards.lines()).hasSize(4);
        assertThat(standards.amountFor(RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP)).get()
                .satisfies(a -> assertThat(a).isEqualByComparingTo("1000.00"));
    }

    @Test
    void refusesAnEndBeforeTheStartADuplicateNameAndAStandardGivenTwice() {
        var d = TestCampaigns.springFestival();
        assertThatThrownBy(() -> campaigns.save(new CampaignDraft(null, d.name(), d.kind(), d.endsOn(), d.startsOn(),
                null, null, List.of()))).hasMessageContaining("结束日期").hasMessageContaining("不能早于");
        campaigns.save(d);
        assertThatThrownBy(() -> campaigns.save(d)).hasMessageContaining("已有同名活动");
        assertThatThrownBy(() -> campaigns.save(new CampaignDraft(null, "另一个", d.kind(), d.startsOn(), d.endsOn(),
                null, null, List.of(new CampaignStandard(RecipientCategory.MODEL_WORKER, null, BigDecimal.TEN),
                new CampaignStandard(RecipientCategory.MODEL_WORKER, null, BigDecimal.ONE)))))
                .hasMessageContaining("劳动模范/工匠 的标准填了两次");
        assertThat(campaigns.list()).hasSize(1);
    }

    @Test
    void fundsAreKeptPerSource() {
        long id = campaigns.save(TestCampaigns.springFestival());
        campaigns.addFund(id, FundSource.ACFTU, new BigDecimal("50000"), LocalDate.of(2021, 1, 5), null);
        campaigns.addFund(id, FundSource.COUNTY, new BigDecimal("12345.50"), null, "县总下拨");
        assertThat(campaigns.funds(id)).extracting(f -> f.source()).containsExactly(FundSource.ACFTU, FundSource.COUNTY);
        assertThat(campaigns.funds(id).get(1).amount()).isEqualByComparingTo("12345.50");
        assertThatThrownBy(() -> campaigns.addFund(id, FundSource.CITY, new BigDecimal("-1"), null, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("负数");
        assertThatThrownBy(() -> campaigns.addFund(id, FundSource.CITY, new BigDecimal("1.005"), null, null))
                .hasMessageContaining("两位小数");
    }

    @Test
    void closingLocksAndReopeningNeedsAReasonWhichIsRecorded() {
        long id = campaigns.save(TestCampaigns.springFestival());
        campaigns.close(id, "活动结束");
        assertThat(campaigns.find(id).orElseThrow().isClosed()).isTrue();
        assertThatThrownBy(() -> campaigns.addFund(id, FundSource.CITY, BigDecimal.TEN, null, null))
                .isInstanceOf(CampaignLockedException.class).hasMessageContaining("已结束并锁定");
        assertThatThrownBy(() -> campaigns.save(new CampaignDraft(id, "改名", CampaignKind.WARMTH,
                LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), null, null, List.of())))
                .isInstanceOf(CampaignLockedException.class);
        assertThatThrownBy(() -> campaigns.reopen(id, "  ")).hasMessageContaining("重新开启原因");
        assertThat(campaigns.find(id).orElseThrow().isClosed()).isTrue();

        campaigns.reopen(id, "补录漏登的 3 户");
        assertThat(campaigns.find(id).orElseThrow().isClosed()).isFalse();
        assertThat(campaigns.statusHistory(id)).extracting(h -> h.status(), h -> h.reason(), h -> h.by())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CampaignStatus.CLOSED, "活动结束", "张干事"),
                        org.assertj.core.groups.Tuple.tuple(CampaignStatus.OPEN, "补录漏登的 3 户", "张干事"));
    }

    @Test
    void theCurrentCampaignIsTheOpenOneCoveringToday() {
        long old = campaigns.save(TestCampaigns.springFestival());
        long now = campaigns.save(TestCampaigns.thisSeason());
        assertThat(campaigns.current(LocalDate.now()).orElseThrow().id()).isEqualTo(now);
        assertThat(campaigns.current(LocalDate.of(2021, 1, 10)).orElseThrow().id()).isEqualTo(old);
    }
}
