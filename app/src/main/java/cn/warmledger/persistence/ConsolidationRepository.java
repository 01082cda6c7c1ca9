package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN_ALIAS;
import static cn.warmledger.persistence.jooq.Tables.RECEIVED_FILE;
import static cn.warmledger.persistence.jooq.Tables.RECEIVED_SUBMISSION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.DSL;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.domain.ReceivedStatus;
import cn.warmledger.domain.ReceivedSubmission;
import cn.warmledger.persistence.jooq.tables.records.ReceivedSubmissionRecord;

/**
 * Submissions received from 下级单位 (汇总), their stored files, and the remembered campaign matches
 * (campaign_alias: a township's campaign name, normalised, → the county's campaign).
 */
public final class ConsolidationRepository {
    private final DSLContext dsl;

    public ConsolidationRepository(Database database) {
        this.dsl = database.dsl();
    }

    /**
     * Inserts the submission and its files; false (and nothing written) when the id is there already. Two PCs
     * collecting the same parcel at once: the id is the key, and the second insert does nothing (PostgreSQL waits
     * for the first one's commit, then skips; ON CONFLICT DO NOTHING keeps its transaction usable) or, on H2, is
     * refused as a duplicate key, which here means the same.
     */
    public boolean insert(ReceivedSubmission s, String campaignKey) {
        if (exists(s.id())) {
            return false;
        }
        try {
            if (insertRow(s, campaignKey) == 0) {
                return false; // another collect stored the same id a moment ago
            }
        } catch (IntegrityConstraintViolationException e) {
            return false; // the same, as H2 reports it
        }
        insertFiles(s);
        return true;
    }

    private int insertRow(ReceivedSubmission s, String campaignKey) {
        return dsl.insertInto(RECEIVED_SUBMISSION)
                .set(RECEIVED_SUBMISSION.ID, s.id())
                .set(RECEIVED_SUBMISSION.ORGANIZATION_CODE, s.organizationCode())
                .set(RECEIVED_SUBMISSION.ORGANIZATION_NAME, s.organizationName())
                .set(RECEIVED_SUBMISSION.TABLE_KIND, s.tableKind())
                .set(RECEIVED_SUBMISSION.TABLE_TITLE, s.tableTitle())
                .set(RECEIVED_SUBMISSION.CAMPAIGN_NAME, s.campaignName())
                .set(RECEIVED_SUBMISSION.CAMPAIGN_KEY, campaignKey)
                .set(RECEIVED_SUBMISSION.CAMPAIGN_ID, s.campaignId())
                .set(RECEIVED_SUBMISSION.PERIOD_YEAR, s.periodYear())
                .set(RECEIVED_SUBMISSION.GENERATED_AT, s.generatedAt())
                .set(RECEIVED_SUBMISSION.RECEIVED_AT, s.receivedAt())
                .set(RECEIVED_SUBMISSION.SOURCE, s.source().code())
                .set(RECEIVED_SUBMISSION.SENDER, s.sender())
                .set(RECEIVED_SUBMISSION.SUPERSEDES, s.supersedes())
                .set(RECEIVED_SUBMISSION.PINNED, s.pinned())
                .set(RECEIVED_SUBMISSION.STATUS, s.status().code())
                .set(RECEIVED_SUBMISSION.PROBLEM, s.problem())
                .set(RECEIVED_SUBMISSION.MANIFEST, s.manifest())
                .set(RECEIVED_SUBMISSION.FOLDER, s.folder())
                .onConflictDoNothing()
                .execute();
    }

    /**
     * A refused submission arrived again intact: its row and files are replaced (same id). False when another PC
     * replaced it first (the row this one would delete is gone by then; its insert then does nothing).
     */
    public boolean replace(ReceivedSubmission s, String campaignKey) {
        dsl.deleteFrom(RECEIVED_FILE).where(RECEIVED_FILE.RECEIVED_SUBMISSION_ID.eq(s.id())).execute();
        if (dsl.deleteFrom(RECEIVED_SUBMISSION).where(RECEIVED_SUBMISSION.ID.eq(s.id())).execute() == 0) {
            return false;
        }
        return insert(s, campaignKey);
    }

    private void insertFiles(ReceivedSubmission s) {
        for (ReceivedSubmission.ReceivedFile f : s.files()) {
            dsl.insertInto(RECEIVED_FILE)
                    .set(RECEIVED_FILE.RECEIVED_SUBMISSION_ID, s.id())
                    .set(RECEIVED_FILE.FILE_NAME, f.fileName())
                    .set(RECEIVED_FILE.SIZE_BYTES, f.sizeBytes())
                    .set(RECEIVED_FILE.SHA256, f.sha256())
                    .set(RECEIVED_FILE.PATH, f.path())
                    .execute();
        }
    }

    public boolean exists(String id) {
        return dsl.fetchExists(RECEIVED_SUBMISSION, RECEIVED_SUBMISSION.ID.eq(id));
    }

    /** True when a submission with this id is stored and accepted (a copy arriving again changes nothing). */
    public boolean isAccepted(String id) {
        return dsl.fetchExists(RECEIVED_SUBMISSION, RECEIVED_SUBMISSION.ID.eq(id)
                .and(RECEIVED_SUBMISSION.STATUS.eq(ReceivedStatus.ACCEPTED.code())));
    }

    public Optional<ReceivedSubmission> find(String id) {
        return fetch(RECEIVED_SUBMISSION.ID.eq(id)).stream().findFirst();
    }

    /** Every received submission, newest first. */
    public List<ReceivedSubmission> all() {
        return fetch(DSL.noCondition());
    }

    /**
     * The submissions of these table kinds for one period: a campaign ({@code campaignId}) or, for a yearly
     * table, a year. Accepted and refused alike, newest first.
     */
    public List<ReceivedSubmission> forPeriod(Collection<String> tableKinds, boolean perCampaign, Long campaignId,
                                              Integer year) {
        return fetch(RECEIVED_SUBMISSION.TABLE_KIND.in(tableKinds).and(period(perCampaign, campaignId, year)));
    }

    /** One 单位's submissions of one table for one period, newest first. */
    public List<ReceivedSubmission> history(String orgCode, String tableKind, boolean perCampaign, Long campaignId,
                                            Integer year) {
        return fetch(RECEIVED_SUBMISSION.ORGANIZATION_CODE.eq(orgCode).and(RECEIVED_SUBMISSION.TABLE_KIND.eq(tableKind))
                .and(period(perCampaign, campaignId, year)));
    }

    /** The ids that an accepted submission names in {@code supersedes}: those were corrected. */
    public Set<String> supersededIds() {
        return dsl.selectDistinct(RECEIVED_SUBMISSION.SUPERSEDES).from(RECEIVED_SUBMISSION)
                .where(RECEIVED_SUBMISSION.SUPERSEDES.isNotNull()
                        .and(RECEIVED_SUBMISSION.STATUS.eq(ReceivedStatus.ACCEPTED.code())))
                .fetchSet(RECEIVED_SUBMISSION.SUPERSEDES);
    }

    /** Pins one submission: every other one of the same 单位 + table + period loses its pin. */
    public void pin(ReceivedSubmission s, boolean perCampaign) {
        dsl.update(RECEIVED_SUBMISSION).set(RECEIVED_SUBMISSION.PINNED, false)
                .where(RECEIVED_SUBMISSION.ORGANIZATION_CODE.eq(s.organizationCode())
                        .and(RECEIVED_SUBMISSION.TABLE_KIND.eq(s.tableKind()))
                        .and(period(perCampaign, s.campaignId(), s.periodYear())))
                .execute();
        dsl.update(RECEIVED_SUBMISSION).set(RECEIVED_SUBMISSION.PINNED, true)
                .where(RECEIVED_SUBMISSION.ID.eq(s.id())).execute();
    }

    /** Campaign names of accepted submissions that wait for a match (待匹配), by normalised name → as sent. */
    public Map<String, String> unmatchedCampaignNames() {
        Map<String, String> names = new LinkedHashMap<>();
        dsl.select(RECEIVED_SUBMISSION.CAMPAIGN_KEY, RECEIVED_SUBMISSION.CAMPAIGN_NAME).from(RECEIVED_SUBMISSION)
                .where(RECEIVED_SUBMISSION.CAMPAIGN_ID.isNull().and(RECEIVED_SUBMISSION.CAMPAIGN_KEY.isNotNull())
                        .and(RECEIVED_SUBMISSION.STATUS.eq(ReceivedStatus.ACCEPTED.code())))
                .orderBy(RECEIVED_SUBMISSION.RECEIVED_AT)
                .forEach(r -> names.putIfAbsent(r.value1(), r.value2()));
        return names;
    }

    public Optional<Long> aliasCampaign(String campaignKey) {
        return dsl.select(CAMPAIGN_ALIAS.CAMPAIGN_ID).from(CAMPAIGN_ALIAS).where(CAMPAIGN_ALIAS.ALIAS.eq(campaignKey))
                .fetchOptional(CAMPAIGN_ALIAS.CAMPAIGN_ID);
    }

    /** Remembers the match and gives every waiting submission of that name its campaign; returns how many. */
    /** Puts waiting submissions with this campaign name under the campaign, without remembering a match. */
    public int attachCampaign(String campaignKey, long campaignId) {
        return dsl.update(RECEIVED_SUBMISSION).set(RECEIVED_SUBMISSION.CAMPAIGN_ID, campaignId)
                .where(RECEIVED_SUBMISSION.CAMPAIGN_KEY.eq(campaignKey).and(RECEIVED_SUBMISSION.CAMPAIGN_ID.isNull()))
                .execute();
    }

    public int matchCampaign(String campaignKey, long campaignId) {
        dsl.mergeInto(CAMPAIGN_ALIAS).using(DSL.selectOne())
                .on(CAMPAIGN_ALIAS.ALIAS.eq(campaignKey))
                .whenMatchedThenUpdate().set(CAMPAIGN_ALIAS.CAMPAIGN_ID, campaignId)
                .whenNotMatchedThenInsert(CAMPAIGN_ALIAS.ALIAS, CAMPAIGN_ALIAS.CAMPAIGN_ID).values(campaignKey, campaignId)
                .execute();
        return dsl.update(RECEIVED_SUBMISSION).set(RECEIVED_SUBMISSION.CAMPAIGN_ID, campaignId)
                .where(RECEIVED_SUBMISSION.CAMPAIGN_KEY.eq(campaignKey).and(RECEIVED_SUBMISSION.CAMPAIGN_ID.isNull()))
                .execute();
    }

    private static Condition period(boolean perCampaign, Long campaignId, Integer year) {
        if (perCampaign) {
            return campaignId == null ? DSL.falseCondition() : RECEIVED_SUBMISSION.CAMPAIGN_ID.eq(campaignId);
        }
        return year == null ? DSL.falseCondition() : RECEIVED_SUBMISSION.PERIOD_YEAR.eq(year);
    }

    private List<ReceivedSubmission> fetch(Condition where) {
        List<ReceivedSubmissionRecord> rows = dsl.selectFrom(RECEIVED_SUBMISSION).where(where)
                .orderBy(RECEIVED_SUBMISSION.RECEIVED_AT.desc(), RECEIVED_SUBMISSION.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<ReceivedSubmission.ReceivedFile>> files = new LinkedHashMap<>();
        dsl.selectFrom(RECEIVED_FILE)
                .where(RECEIVED_FILE.RECEIVED_SUBMISSION_ID.in(rows.stream().map(ReceivedSubmissionRecord::getId).toList()))
                .orderBy(RECEIVED_FILE.ID)
                .forEach(f -> files.computeIfAbsent(f.getReceivedSubmissionId(), k -> new ArrayList<>())
                        .add(new ReceivedSubmission.ReceivedFile(f.getFileName(), f.getSizeBytes(), f.getSha256(),
                                f.getPath())));
        return rows.stream().map(r -> new ReceivedSubmission(r.getId(), r.getOrganizationCode(), r.getOrganizationName(),
                r.getTableKind(), r.getTableTitle(), r.getCampaignName(), r.getCampaignId(), r.getPeriodYear(),
                r.getGeneratedAt(), r.getReceivedAt(), CodedEnum.fromCode(ReceivedSource.class, r.getSource()),
                r.getSender(), r.getSupersedes(), Boolean.TRUE.equals(r.getPinned()),
                CodedEnum.fromCode(ReceivedStatus.class, r.getStatus()), r.getProblem(), r.getManifest(),
                r.getFolder(), files.getOrDefault(r.getId(), List.of()))).toList();
    }
}
