package cn.warmledger.service.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.RecipientSummary;

/**
 * 首页 figures for one campaign: coverage of 在档困难职工 (应慰问 vs 已慰问), money spent vs raised by source,
 * visits per day, who has not been visited, and the outbox's 待上报 count.
 */
public record Dashboard(Optional<Campaign> campaign, int toVisit, int visited, List<RecipientSummary> notVisited,
                        Map<FundSource, BigDecimal> raisedBySource, Map<FundSource, BigDecimal> spentBySource,
                        Map<LocalDate, Integer> visitsPerDay, int visitCount, int pendingSubmissions) {

    /** Share of 在档困难职工 visited, 0–100. */
    public int coveragePercent() {
        return toVisit == 0 ? 0 : visited * 100 / toVisit;
    }

    public BigDecimal raisedTotal() {
        return raisedBySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal spentTotal() {
        return spentBySource.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
