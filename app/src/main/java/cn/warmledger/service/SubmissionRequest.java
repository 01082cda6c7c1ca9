package cn.warmledger.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an export hands to the outbox: the table (kind code and the title the clerk knows), the
 * campaign or year it covers, the exported file(s), the table's figures as data (plain maps, lists,
 * strings, numbers; amounts as BigDecimal) and, for a correction, the id of the submission it supersedes.
 */
public record SubmissionRequest(String tableKind, String tableTitle, Long campaignId, String campaignName,
                                Integer periodYear, String periodLabel, List<Path> files, Map<String, ?> figures,
                                String supersedes) {
    public SubmissionRequest {
        files = List.copyOf(files);
    }
}
