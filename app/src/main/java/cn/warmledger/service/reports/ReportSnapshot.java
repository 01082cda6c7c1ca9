package cn.warmledger.service.reports;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.excel.ReportData;

/**
 * One output's content as read in one snapshot (ReportReader, in one repeatable-read transaction): the request,
 * the campaign it covers (null for a year's table), who fills it in (本单位, 填报人 …), the data the template is
 * filled with, and what the clerk should be told about it (an empty roster). The file's cells and the manifest's
 * figures and 单位 are all taken from it.
 */
record ReportSnapshot(ReportRequest request, CampaignRef campaign, ReportModels.Header header, ReportData data,
                      List<String> warnings) {

    /** Detail rows: 单位 of a statistics table, lines of a roster. */
    int rows() {
        return data.rows(request.kind() == ReportKind.ROSTER ? ReportModels.PEOPLE : ReportModels.UNITS).size();
    }

    /**
     * The table's figures as the manifest carries them: a statistics table's per-单位 rows (money in 万元 as in
     * the cells), a roster's count and total only (never its people).
     */
    Map<String, Object> figures() {
        Map<String, Object> figures = new LinkedHashMap<>();
        if (request.kind() == ReportKind.ROSTER) {
            figures.put("count", data.values().get("count"));
            figures.put("totalCash", (BigDecimal) data.values().get("totalCash"));
        } else {
            figures.put(ReportModels.UNITS, data.rows(ReportModels.UNITS));
        }
        return Collections.unmodifiableMap(figures);
    }
}
