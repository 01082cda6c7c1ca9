package cn.warmledger.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A submission going upward (上报): the exported file(s) plus manifest.json, with its outbox state.
 * {@code permanentError} marks a failure that retrying cannot fix (wrong password, refused address);
 * such a one waits until the transport settings change ({@code settingsVersion} is theirs at the failure).
 */
public record Submission(String id, String tableKind, String tableTitle, Long campaignId, Integer periodYear,
                         String periodLabel, String organizationCode, SubmissionState state, String target,
                         int attempts, String lastError, boolean permanentError, LocalDateTime nextAttemptAt,
                         String settingsVersion, String supersedes, String manifest, String folder,
                         LocalDateTime createdAt, LocalDateTime sentAt, List<SubmissionFile> files) {

    /** What the clerk calls the table: its title, else its kind code. */
    public String title() {
        return tableTitle == null || tableTitle.isBlank() ? tableKind : tableTitle;
    }
}
