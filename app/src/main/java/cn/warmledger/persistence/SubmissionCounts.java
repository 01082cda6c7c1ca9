package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SUBMISSION;

import org.jooq.DSLContext;

/** Read-only counts over the outbox, for the 首页 (待上报). The outbox feature owns the writes. */
public final class SubmissionCounts {
    public static final String PENDING = "PENDING";
    private final DSLContext dsl;

    public SubmissionCounts(Database database) {
        this.dsl = database.dsl();
    }

    public int inState(String state) {
        return dsl.fetchCount(SUBMISSION, SUBMISSION.STATE.eq(state));
    }
}
