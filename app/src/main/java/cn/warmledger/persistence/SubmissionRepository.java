package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SUBMISSION;
import static cn.warmledger.persistence.jooq.Tables.SUBMISSION_FILE;

import java.nio.file.Path;

import org.jooq.DSLContext;

/** 上报: submissions waiting in the outbox and their files. This issue only records them (state PENDING). */
public final class SubmissionRepository {
    public static final String PENDING = "PENDING";
    private final DSLContext dsl;

    public SubmissionRepository(Database database) {
        this.dsl = database.dsl();
    }

    public record NewSubmission(String id, String tableKind, Long campaignId, Integer periodYear, String periodLabel,
                                String organizationCode, Path folder) {
    }

    public record SubmittedFile(String fileName, long sizeBytes, String sha256, Path path) {
    }

    public void insert(NewSubmission s, SubmittedFile file) {
        dsl.insertInto(SUBMISSION)
                .set(SUBMISSION.ID, s.id())
                .set(SUBMISSION.TABLE_KIND, s.tableKind())
                .set(SUBMISSION.CAMPAIGN_ID, s.campaignId())
                .set(SUBMISSION.PERIOD_YEAR, s.periodYear())
                .set(SUBMISSION.PERIOD_LABEL, s.periodLabel())
                .set(SUBMISSION.ORGANIZATION_CODE, s.organizationCode())
                .set(SUBMISSION.STATE, PENDING)
                .set(SUBMISSION.FOLDER, s.folder().toString())
                .execute();
        dsl.insertInto(SUBMISSION_FILE)
                .set(SUBMISSION_FILE.SUBMISSION_ID, s.id())
                .set(SUBMISSION_FILE.FILE_NAME, file.fileName())
                .set(SUBMISSION_FILE.SIZE_BYTES, file.sizeBytes())
                .set(SUBMISSION_FILE.SHA256, file.sha256())
                .set(SUBMISSION_FILE.PATH, file.path().toString())
                .execute();
    }

    /** The state of a submission, for tests and the outbox screen. */
    public java.util.Optional<String> state(String id) {
        return dsl.select(SUBMISSION.STATE).from(SUBMISSION).where(SUBMISSION.ID.eq(id)).fetchOptional(SUBMISSION.STATE);
    }
}
