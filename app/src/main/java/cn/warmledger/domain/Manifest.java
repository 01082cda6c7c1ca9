package cn.warmledger.domain;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of a submission: who sends which table for which campaign or year, when and with which
 * app version, each file with its size and SHA-256, the table's figures as data (so the upper level
 * never parses a spreadsheet), and the submission it corrects ({@code supersedes}), if any.
 */
public record Manifest(String submissionId, String organizationCode, String organizationName, String parentName,
                       String tableKind, String tableTitle, Long campaignId, String campaignName, Integer periodYear,
                       String periodLabel, OffsetDateTime generatedAt, String appVersion, List<File> files,
                       Map<String, Object> figures, String supersedes) {
    public static final String FORMAT = "warmledger-submission/1";

    public Manifest {
        files = List.copyOf(files);
        figures = figures == null ? Map.of() : figures;
    }

    /** One file as the manifest lists it. */
    public record File(String name, long size, String sha256) {
    }
}
