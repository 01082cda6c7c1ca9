package cn.warmledger.service.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.warmledger.TwoClerks;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.home.Dashboard;

/**
 * Issue 18 point 3, last bullet: 首页's figures are the database's, not a PC's — what one clerk saves is in the other
 * clerk's 首页 at its next read (two contexts on one database; on PostgreSQL in the suite's second run).
 */
class SharedFiguresTest extends TwoClerks {

    @Test
    void aVisitSavedOnOnePcIsInTheOtherPcsHomeFigures() {
        long person = a.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        long campaign = TestCampaigns.openCampaign(a);
        Dashboard before = a.dashboard().overview(campaign, LocalDate.now());
        assertThat(before.visitCount()).isZero();
        assertThat(before.notVisited()).extracting(r -> r.name()).containsExactly("韩雷");

        b.visits().save(TestCampaigns.visit(person, campaign, LocalDate.now(), "1000"));

        Dashboard after = a.dashboard().overview(campaign, LocalDate.now());
        assertThat(after.visitCount()).isEqualTo(1);
        assertThat(after.visited()).isEqualTo(after.toVisit()).isEqualTo(1);
        assertThat(after.notVisited()).isEmpty();
        assertThat(after.visitsPerDay()).containsEntry(LocalDate.now(), 1);
    }
}
