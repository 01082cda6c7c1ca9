package cn.warmledger.service.consolidation;

import java.time.LocalDateTime;

import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReportKind;

/**
 * One received submission as the 汇总 screen lists it: who, which table and period, when made and received,
 * from where, and how it stands: accepted or refused (with the problem), pinned, corrected by a later one
 * ({@code superseded}), the one that counts for its 单位 + table + period ({@code effective}), and whether
 * its 单位 is one of the 下级单位 ({@code knownUnit}); {@code campaignId} null on a campaign table means 待匹配.
 */
public record ReceivedSummary(String id, String organizationCode, String organizationName, ReportKind kind,
                              String tableTitle, String campaignName, Long campaignId, Integer periodYear,
                              LocalDateTime generatedAt, LocalDateTime receivedAt, ReceivedSource source, String sender,
                              String supersedes, boolean pinned, ReceivedStatus status, String problem,
                              boolean superseded, boolean effective, boolean knownUnit) {
}
