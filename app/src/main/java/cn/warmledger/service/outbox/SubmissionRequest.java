package cn.warmledger.service.outbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export hands to the outbox: the table (kind code and the title the clerk knows), the
 * campaign or year it covers, the exported file(s), the table's figures as data (plain maps, lists,
 * strings, numbers; amounts as BigDecimal), for a correction the id of the submission it supersedes, and the
 * 单位代码/名称 the file was filled with (null: 本单位's as the settings say when it is enqueued).
 */
public record SubmissionRequest(String tableKind, String tableTitle, Long campaignId, String campaignName,
                                Integer periodYear, String periodLabel, List<Path> files, Map<String, ?> figures,
                                String supersedes, String orgCode, String orgName) {
    public SubmissionRequest {
        files = List.copyOf(files);
    }

    /** A submission from 本单位 as the settings name it when it is enqueued. */
    public SubmissionRequest(String tableKind, String tableTitle, Long campaignId, String campaignName,
                             Integer periodYear, String periodLabel, List<Path> files, Map<String, ?> figures,
                             String supersedes) {
        this(tableKind, tableTitle, campaignId, campaignName, periodYear, periodLabel, files, figures, supersedes, null,
                null);
    }
}
