package cn.warmledger.service.reports;

import java.nio.file.Path;

import cn.warmledger.domain.ReportKind;

/**
 * What to export: the output, its campaign (per-campaign outputs) or year (帮扶中心表), the roster's 单位
 * (null for all), whole 身份证号 or masked, and the upper union's own template (null for the built-in one).
 */
public record ReportRequest(ReportKind kind, Long campaignId, Integer year, String unitCode, boolean fullId,
                            Path template) {

    public static ReportRequest warmthStats(long campaignId) {
        return new ReportRequest(ReportKind.WARMTH_STATS, campaignId, null, null, false, null);
    }

    public static ReportRequest aidCenter(int year) {
        return new ReportRequest(ReportKind.AID_CENTER, null, year, null, false, null);
    }

    public static ReportRequest roster(long campaignId, String unitCode, boolean fullId) {
        return new ReportRequest(ReportKind.ROSTER, campaignId, null, unitCode, fullId, null);
    }

    public ReportRequest withTemplate(Path file) {
        return new ReportRequest(kind, campaignId, year, unitCode, fullId, file);
    }
}
