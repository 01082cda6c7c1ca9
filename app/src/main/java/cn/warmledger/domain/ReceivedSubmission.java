package cn.warmledger.domain;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A submission the county received from a 下级单位 (or from a unit not yet on that list): who sent which table
 * for which campaign or year, when it was made ({@code generatedAt}, the sender's clock) and received, from
 * where, the submission it corrects, whether the clerk pinned it, whether it was accepted or refused (and why),
 * the manifest as received, and the files kept under the data folder. {@code campaignId} is null for a
 * campaign table whose campaign name is not matched yet (待匹配).
 */
public record ReceivedSubmission(String id, String organizationCode, String organizationName, String tableKind,
                                 String tableTitle, String campaignName, Long campaignId, Integer periodYear,
                                 LocalDateTime generatedAt, LocalDateTime receivedAt, ReceivedSource source,
                                 String sender, String supersedes, boolean pinned, ReceivedStatus status,
                                 String problem, String manifest, String folder, List<ReceivedFile> files) {
    public ReceivedSubmission {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** One stored file: its name as the manifest lists it, size, SHA-256 and where it is kept. */
    public record ReceivedFile(String fileName, long sizeBytes, String sha256, String path) {
    }
}
