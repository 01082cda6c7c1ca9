package cn.warmledger.service.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;

/** What the campaign form (or the command line) hands to the service; {@code id} null for a new campaign. */
public record CampaignDraft(Long id, String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn,
                            BigDecimal budget, String note, List<CampaignStandard> standards) {
    public CampaignDraft {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }
}
