package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A visit to an enterprise: date, visitors, the amount given and how many workers were reached. */
public record EnterpriseVisit(Long id, long enterpriseId, String enterpriseName, Long campaignId,
                              LocalDate visitedOn, String visitors, BigDecimal amount, Integer workersVisited,
                              FundSource fundSource, String note) {
}
