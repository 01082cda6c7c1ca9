package cn.warmledger.service.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;

/**
 * ADR 19-2 where every form and the command line end up: a visit (the form, 集中慰问, the import) and a campaign's
 * 慰问标准 are refused above 100,000 元 with the field named; nothing is stored.
 */
class AmountCeilingTest {
    @TempDir
    Path dir;

    @Test
    void aVisitOrAStandardAboveTheCeilingIsRefusedNamingTheField() {
        try (AppContext app = TestApp.open(dir)) {
            long campaign = TestCampaigns.openCampaign(app);
            long han = app.recipients().save(TestApp.modelWorker(TestIds.MALE_1980, "韩雷"));
            assertThatThrownBy(() -> app.visits().save(TestCampaigns.visit(han, campaign, LocalDate.now(), "100000.01")))
                    .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("慰问金：")
                    .hasMessageContaining("上限 100000 元");
            assertThat(app.visits().search(VisitQuery.ofCampaign(campaign))).isEmpty();
            app.visits().save(TestCampaigns.visit(han, campaign, LocalDate.now(), "100000"));
            assertThat(app.visits().search(VisitQuery.ofCampaign(campaign))).hasSize(1);

            CampaignDraft d = TestCampaigns.springFestival();
            CampaignDraft tooMuch = new CampaignDraft(null, d.name(), d.kind(), d.startsOn(), d.endsOn(), d.budget(),
                    null, List.of(new CampaignStandard(RecipientCategory.MODEL_WORKER, null, new BigDecimal("500000"))));
            assertThatThrownBy(() -> app.campaigns().save(tooMuch)).hasMessageContaining("上限 100000 元");
        }
    }
}
