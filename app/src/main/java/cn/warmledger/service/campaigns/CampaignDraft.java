package cn.warmledger.service.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;

/**
 * What the campaign form (or the command line) hands to the service; {@code id} null for a new campaign, {@code version}
 * the campaign's row version as the form loaded it (optimistic locking).
 */
public record CampaignDraft(Long id, String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn,
                            BigDecimal budget, String note, List<CampaignStandard> standards, int version) {
    public CampaignDraft {
        standards = standards == null ? List.of() : List.copyOf(standards);
    }

    /** A draft of a new campaign (version 0). */
    public CampaignDraft(Long id, String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn,
                         BigDecimal budget, String note, List<CampaignStandard> standards) {
        this(id, name, kind, startsOn, endsOn, budget, note, standards, 0);
    }
}
