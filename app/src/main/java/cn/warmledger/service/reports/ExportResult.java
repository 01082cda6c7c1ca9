package cn.warmledger.service.reports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.CampaignRef;

/**
 * A written output and the one snapshot it was filled from: what was asked, the file, how many detail rows
 * (单位 or roster lines) it holds, the campaign it covers (null for a year's table), the figures its manifest
 * carries on 上报 (read in the same snapshot as the file's cells), the file's SHA-256 as written, what the
 * clerk should be told about it (an empty roster, a campaign without visits), and the 单位代码/名称 its header was
 * filled with (the manifest names the same 单位 even when the settings change before 上报).
 */
public record ExportResult(ReportRequest request, Path file, int rows, CampaignRef campaign,
                           Map<String, Object> figures, String sha256, List<String> warnings, String orgCode,
                           String orgName) {
    public ExportResult {
        warnings = List.copyOf(warnings);
    }

    /**
     * A file written from figures that are not read here (the county's consolidated table: its 上报 writes the file
     * again from the very figures its manifest carries), so it cannot be handed to ReportService.submit.
     */
    public ExportResult(Path file, int rows) {
        this(null, file, rows, null, Map.of(), null, List.of(), null, null);
    }
}
