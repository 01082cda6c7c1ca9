package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SUBMISSION;
import static cn.warmledger.persistence.jooq.Tables.SUBMISSION_FILE;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionFile;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.persistence.jooq.tables.records.SubmissionRecord;

/**
 * The outbox: submissions and their files. Every change of state is a compare-and-set
 * ({@code UPDATE … WHERE state = from}) and answers whether it happened, so a submission is only ever
 * taken by one sender and only a sender holding it can mark it sent or failed.
 */
public final class OutboxRepository {
    private final DSLContext dsl;

    public OutboxRepository(Database database) {
        this.dsl = database.dsl();
    }

    public void insert(Submission s) {
        dsl.insertInto(SUBMISSION)
                .set(SUBMISSION.ID, s.id())
                .set(SUBMISSION.TABLE_KIND, s.tableKind())
                .set(SUBMISSION.TABLE_TITLE, s.tableTitle())
                .set(SUBMISSION.CAMPAIGN_ID, s.campaignId())
                .set(SUBMISSION.PERIOD_YEAR, s.periodYear())
                .set(SUBMISSION.PERIOD_LABEL, s.periodLabel())
                .set(SUBMISSION.ORGANIZATION_CODE, s.organizationCode())
                .set(SUBMISSION.STATE, s.state().code())
                .set(SUBMISSION.TARGET, s.target())
                .set(SUBMISSION.ATTEMPTS, s.attempts())
                .set(SUBMISSION.SUPERSEDES, s.supersedes())
                .set(SUBMISSION.MANIFEST, s.manifest())
                .set(SUBMISSION.FOLDER, s.folder())
                .set(SUBMISSION.CREATED_AT, s.createdAt())
                .execute();
        for (SubmissionFile f : s.files()) {
            dsl.insertInto(SUBMISSION_FILE)
                    .set(SUBMISSION_FILE.SUBMISSION_ID, s.id())
                    .set(SUBMISSION_FILE.FILE_NAME, f.fileName())
                    .set(SUBMISSION_FILE.SIZE_BYTES, f.sizeBytes())
                    .set(SUBMISSION_FILE.SHA256, f.sha256())
                    .set(SUBMISSION_FILE.PATH, f.path().toString())
                    .execute();
        }
    }

    public Optional<Submission> find(String id) {
        return fetch(SUBMISSION.ID.eq(id)).stream().findFirst();
    }

    /** Every submission, newest first. */
    public List<Submission> all() {
        return fetch(DSL.noCondition());
    }

    /**
     * The newest submission, not withdrawn, of that table, 单位 and period (campaign or year): the one a new
     * submission of it supersedes.
     */
    public Optional<String> latestOf(String tableKind, String orgCode, Long campaignId, Integer periodYear) {
        return dsl.select(SUBMISSION.ID).from(SUBMISSION)
                .where(SUBMISSION.TABLE_KIND.eq(tableKind), SUBMISSION.ORGANIZATION_CODE.eq(orgCode),
                        SUBMISSION.CAMPAIGN_ID.isNotDistinctFrom(campaignId),
                        SUBMISSION.PERIOD_YEAR.isNotDistinctFrom(periodYear),
                        SUBMISSION.STATE.ne(SubmissionState.WITHDRAWN.code()))
                .orderBy(SUBMISSION.CREATED_AT.desc(), SUBMISSION.ID.desc())
                .limit(1)
                .fetchOptional(SUBMISSION.ID);
    }

    /**
     * What a sender should try now, oldest first: waiting ones whose time has come, failures that
     * retrying can fix once their back-off is over, and failures that retrying cannot fix only when the
     * transport settings changed since.
     */
    public List<Submission> due(LocalDateTime now, String settingsVersion) {
        Condition timeHasCome = SUBMISSION.NEXT_ATTEMPT_AT.isNull().or(SUBMISSION.NEXT_ATTEMPT_AT.le(now));
        Condition sameSettingsVerdict = SUBMISSION.PERMANENT_ERROR.isFalse()
                .or(SUBMISSION.SETTINGS_VERSION.isNull().or(SUBMISSION.SETTINGS_VERSION.ne(settingsVersion)));
        Condition pending = SUBMISSION.STATE.eq(SubmissionState.PENDING.code()).and(timeHasCome)
                .and(sameSettingsVerdict);
        Condition retryable = SUBMISSION.STATE.eq(SubmissionState.FAILED.code())
                .and(SUBMISSION.PERMANENT_ERROR.isFalse()).and(timeHasCome);
        Condition settingsChanged = SUBMISSION.STATE.eq(SubmissionState.FAILED.code())
                .and(SUBMISSION.PERMANENT_ERROR.isTrue())
                .and(SUBMISSION.SETTINGS_VERSION.isNull().or(SUBMISSION.SETTINGS_VERSION.ne(settingsVersion)));
        List<Submission> result = new ArrayList<>(fetch(pending.or(retryable).or(settingsChanged)));
        java.util.Collections.reverse(result);
        return result;
    }

    /** Failures that will be retried by themselves later (waiting for their back-off to end). */
    public int waitingForRetry(LocalDateTime now) {
        return dsl.fetchCount(SUBMISSION, SUBMISSION.STATE.in(SubmissionState.PENDING.code(),
                        SubmissionState.FAILED.code())
                .and(SUBMISSION.PERMANENT_ERROR.isFalse()).and(SUBMISSION.NEXT_ATTEMPT_AT.gt(now)));
    }

    /** Ends every back-off at once (立即发送, or the target became reachable again); answers how many. */
    public int makeDueNow(LocalDateTime now) {
        return dsl.update(SUBMISSION).set(SUBMISSION.NEXT_ATTEMPT_AT, now)
                .where(SUBMISSION.STATE.in(SubmissionState.PENDING.code(), SubmissionState.FAILED.code())
                        .and(SUBMISSION.PERMANENT_ERROR.isFalse()).and(SUBMISSION.NEXT_ATTEMPT_AT.gt(now)))
                .execute();
    }

    /** Not yet sent and not withdrawn: the status bar's 待上报 N. */
    public int countOutstanding() {
        return dsl.fetchCount(SUBMISSION, SUBMISSION.STATE.in(SubmissionState.PENDING.code(),
                SubmissionState.SENDING.code(), SubmissionState.FAILED.code()));
    }

    /**
     * Takes a submission for sending: {@code from} → SENDING, one more attempt, and {@code claimant} (the running
     * app's sender id) as its holder. The compare-and-set also compares the attempts seen: a sender whose list is a
     * moment old cannot take what another PC tried meanwhile. On PostgreSQL and H2 alike the second of two
     * simultaneous claims waits for the first one's row lock and then finds the row changed: one sender each.
     */
    public boolean claim(String id, SubmissionState from, int attemptsSeen, String target, LocalDateTime now,
                         String claimant) {
        from.checkMoveTo(SubmissionState.SENDING);
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.SENDING.code())
                .set(SUBMISSION.ATTEMPTS, SUBMISSION.ATTEMPTS.plus(1))
                .set(SUBMISSION.LAST_ATTEMPT_AT, now)
                .set(SUBMISSION.TARGET, target)
                .set(SUBMISSION.CLAIMED_BY, claimant)
                .where(SUBMISSION.ID.eq(id).and(SUBMISSION.STATE.eq(from.code()))
                        .and(SUBMISSION.ATTEMPTS.eq(attemptsSeen)))
                .execute() == 1;
    }

    /** SENDING → SENT: only after the target confirmed the delivery. */
    public boolean markSent(String id, String target, LocalDateTime sentAt) {
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.SENT.code())
                .set(SUBMISSION.TARGET, target)
                .set(SUBMISSION.SENT_AT, sentAt)
                .set(SUBMISSION.LAST_ERROR, (String) null)
                .set(SUBMISSION.PERMANENT_ERROR, false)
                .set(SUBMISSION.NEXT_ATTEMPT_AT, (LocalDateTime) null)
                .where(SUBMISSION.ID.eq(id).and(SUBMISSION.STATE.eq(SubmissionState.SENDING.code())))
                .execute() == 1;
    }

    /** SENDING → FAILED with the reason; {@code nextAttemptAt} is null for a failure retrying cannot fix. */
    public boolean markFailed(String id, String error, boolean permanent, LocalDateTime nextAttemptAt,
                              String settingsVersion) {
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.FAILED.code())
                .set(SUBMISSION.LAST_ERROR, shorten(error))
                .set(SUBMISSION.PERMANENT_ERROR, permanent)
                .set(SUBMISSION.NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(SUBMISSION.SETTINGS_VERSION, settingsVersion)
                .where(SUBMISSION.ID.eq(id).and(SUBMISSION.STATE.eq(SubmissionState.SENDING.code())))
                .execute() == 1;
    }

    /**
     * A submission not tried because the target refused the pass as a whole (or could not be reached): it stays or
     * goes back to 待发送 — no failure of its own, no attempt counted — and waits for the same thing as the one that
     * stopped the pass: the same back-off, or, for a failure retrying cannot fix, new settings or 重试.
     */
    public boolean hold(String id, SubmissionState from, String reason, boolean permanent, LocalDateTime nextAttemptAt,
                        String settingsVersion) {
        if (from != SubmissionState.PENDING) {
            from.checkMoveTo(SubmissionState.PENDING);
        }
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.PENDING.code())
                .set(SUBMISSION.LAST_ERROR, shorten(reason))
                .set(SUBMISSION.PERMANENT_ERROR, permanent)
                .set(SUBMISSION.NEXT_ATTEMPT_AT, nextAttemptAt)
                .set(SUBMISSION.SETTINGS_VERSION, settingsVersion)
                .where(SUBMISSION.ID.eq(id).and(SUBMISSION.STATE.eq(from.code())))
                .execute() == 1;
    }

    /**
     * At start: what a crash left in SENDING goes back to PENDING, to be sent again under the same id — the claims
     * of this PC's earlier runs ({@code claimant} starts with {@code pcPrefix}, made up to {@code runStartedAt}, not
     * this run's own), claims made before claimants were kept, and any claim older than {@code staleBefore} (a PC
     * that stopped mid-send). Another PC's send under way is left to it.
     */
    public int recoverInterrupted(String pcPrefix, String ownClaimant, LocalDateTime runStartedAt,
                                  LocalDateTime staleBefore) {
        Condition earlierRunHere = SUBMISSION.CLAIMED_BY.startsWith(pcPrefix)
                .and(SUBMISSION.CLAIMED_BY.ne(ownClaimant)).and(SUBMISSION.LAST_ATTEMPT_AT.le(runStartedAt));
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.PENDING.code())
                .set(SUBMISSION.NEXT_ATTEMPT_AT, (LocalDateTime) null)
                .set(SUBMISSION.PERMANENT_ERROR, false)
                .where(SUBMISSION.STATE.eq(SubmissionState.SENDING.code()))
                .and(SUBMISSION.CLAIMED_BY.isNull().or(earlierRunHere).or(SUBMISSION.LAST_ATTEMPT_AT.lt(staleBefore)))
                .execute();
    }

    /** {@code from} → PENDING, due at once and with any earlier verdict cleared (重试). */
    public boolean requeue(String id, SubmissionState from) {
        from.checkMoveTo(SubmissionState.PENDING);
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.PENDING.code())
                .set(SUBMISSION.NEXT_ATTEMPT_AT, (LocalDateTime) null)
                .set(SUBMISSION.PERMANENT_ERROR, false)
                .where(SUBMISSION.ID.eq(id).and(SUBMISSION.STATE.eq(from.code())))
                .execute() == 1;
    }

    /**
     * Every FAILED → PENDING (and every PENDING held for new settings), due at once, with its verdict cleared ({@code outbox send --retry}, 重试): the clerk
     * says the cause was fixed (a password changed on the server, space freed). Answers how many.
     */
    public int requeueAllFailed() {
        SubmissionState.FAILED.checkMoveTo(SubmissionState.PENDING);
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.PENDING.code())
                .set(SUBMISSION.NEXT_ATTEMPT_AT, (LocalDateTime) null)
                .set(SUBMISSION.PERMANENT_ERROR, false)
                .where(SUBMISSION.STATE.eq(SubmissionState.FAILED.code())
                        .or(SUBMISSION.STATE.eq(SubmissionState.PENDING.code()).and(SUBMISSION.PERMANENT_ERROR.isTrue())))
                .execute();
    }

    /** {@code from} → WITHDRAWN (撤回), only from a state that allows it. */
    public boolean withdraw(String id, SubmissionState from) {
        from.checkMoveTo(SubmissionState.WITHDRAWN);
        return dsl.update(SUBMISSION)
                .set(SUBMISSION.STATE, SubmissionState.WITHDRAWN.code())
                .set(SUBMISSION.NEXT_ATTEMPT_AT, (LocalDateTime) null)
                .where(SUBMISSION.ID.eq(id).and(SUBMISSION.STATE.eq(from.code())))
                .execute() == 1;
    }

    private List<Submission> fetch(Condition where) {
        List<SubmissionRecord> rows = dsl.selectFrom(SUBMISSION).where(where)
                .orderBy(SUBMISSION.CREATED_AT.desc(), SUBMISSION.ID.desc()).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<SubmissionFile>> files = new LinkedHashMap<>();
        dsl.selectFrom(SUBMISSION_FILE)
                .where(SUBMISSION_FILE.SUBMISSION_ID.in(rows.stream().map(SubmissionRecord::getId).toList()))
                .orderBy(SUBMISSION_FILE.ID)
                .forEach(f -> files.computeIfAbsent(f.getSubmissionId(), k -> new ArrayList<>())
                        .add(new SubmissionFile(f.getFileName(), f.getSizeBytes(), f.getSha256(), Path.of(f.getPath()))));
        return rows.stream().map(r -> toDomain(r, files.getOrDefault(r.getId(), List.of()))).toList();
    }

    private static Submission toDomain(SubmissionRecord r, List<SubmissionFile> files) {
        return new Submission(r.getId(), r.getTableKind(), r.getTableTitle(), r.getCampaignId(), r.getPeriodYear(),
                r.getPeriodLabel(), r.getOrganizationCode(), CodedEnum.fromCode(SubmissionState.class, r.getState()),
                r.getTarget(), r.getAttempts(), r.getLastError(), Boolean.TRUE.equals(r.getPermanentError()),
                r.getNextAttemptAt(), r.getSettingsVersion(), r.getSupersedes(), r.getManifest(), r.getFolder(),
                r.getCreatedAt(), r.getSentAt(), List.copyOf(files));
    }

    private static String shorten(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 999) + "…";
    }
}
