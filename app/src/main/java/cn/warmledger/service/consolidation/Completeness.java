package cn.warmledger.service.consolidation;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;

/**
 * The completeness grid of one campaign or year (汇总): one row per 下级单位 (then rows for senders that are not
 * 下级单位), one cell per table kind: 已上报 (received at), 未上报, or 已更正 (more than one accepted submission;
 * the effective one counts).
 */
public record Completeness(List<ReportKind> kinds, Long campaignId, Integer year, List<Row> rows) {
    public Completeness {
        kinds = List.copyOf(kinds);
        rows = List.copyOf(rows);
    }

    /** One 单位: {@code subordinate} false for a sender not (yet) among the 下级单位. */
    public record Row(String organizationCode, String organizationName, String contact, String phone,
                      boolean subordinate, Map<ReportKind, Cell> cells) {
        public Row {
            cells = Map.copyOf(cells);
        }
    }

    /** {@code effectiveSubmissionId} and {@code receivedAt} are null when 未上报; {@code submissions} counts accepted ones. */
    public record Cell(ReportingStatus status, LocalDateTime receivedAt, String effectiveSubmissionId, int submissions) {
    }

    /** The 下级单位 with 未上报 in any column. */
    public List<Row> missing() {
        return rows.stream().filter(Row::subordinate)
                .filter(r -> r.cells().values().stream().anyMatch(c -> c.status() == ReportingStatus.MISSING))
                .toList();
    }
}
