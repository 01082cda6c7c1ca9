package cn.warmledger.service.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.VisitRepository;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.outbox.OutboxService;

/** The figures of the 首页 for a campaign (the current one unless chosen). */
public final class DashboardService {
    private final CampaignService campaignService;
    private final CampaignRepository campaigns;
    private final VisitRepository visits;
    private final RecipientRepository recipients;
    private final OutboxService outbox;

    public DashboardService(CampaignService campaignService, CampaignRepository campaigns, VisitRepository visits,
                            RecipientRepository recipients, OutboxService outbox) {
        this.campaignService = campaignService;
        this.campaigns = campaigns;
        this.visits = visits;
        this.recipients = recipients;
        this.outbox = outbox;
    }

    /** The figures of {@code campaignId}, or of the current campaign when null. */
    public Dashboard overview(Long campaignId, LocalDate today) {
        Optional<Campaign> campaign = campaignId == null ? campaignService.current(today)
                : campaigns.findById(campaignId);
        // the same 待上报 as the status bar: everything not yet sent (waiting, sending or failed)
        int pending = outbox.outstanding();
        if (campaign.isEmpty()) {
            return new Dashboard(campaign, 0, 0, List.of(), Map.of(), Map.of(), Map.of(), 0, pending);
        }
        long id = campaign.get().id();
        List<RecipientSummary> active = recipients.search(new RecipientQuery(null, RecipientCategory.HARDSHIP_WORKER,
                null, FileStatus.ACTIVE, null, false, RecipientQuery.NO_LIMIT));
        Set<Long> visited = visits.visitedRecipients(id);
        List<RecipientSummary> notVisited = active.stream().filter(r -> !visited.contains(r.id())).toList();
        Map<FundSource, BigDecimal> raised = new LinkedHashMap<>();
        for (FundRaised f : campaigns.funds(id)) {
            raised.merge(f.source(), f.amount(), BigDecimal::add);
        }
        return new Dashboard(campaign, active.size(), active.size() - notVisited.size(), notVisited, raised,
                visits.spentBySource(id), visits.perDay(id), visits.count(id), pending);
    }
}
