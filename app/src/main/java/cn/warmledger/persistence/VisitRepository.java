package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.persistence.jooq.tables.records.VisitRecord;

/** 走访慰问. Deletion is soft (deleted_at); every query leaves deleted visits out. */
public final class VisitRepository {
    private final DSLContext dsl;
    private final VisitLists lists;

    public VisitRepository(Database database) {
        this.dsl = database.dsl();
        this.lists = new VisitLists(dsl);
    }

    /** Throws {@link GuardConflictException} when another connection just saved the same reason-less visit. */
    public long insert(Visit v, String operator) {
        VisitRecord r = dsl.newRecord(VISIT);
        fill(r, v);
        r.setCreatedBy(operator);
        r.setUpdatedBy(operator);
        guarded(r::store);
        return r.getId();
    }

    /**
     * Inserts new visits with one multi-row INSERT (a roster import's chunk); returns their ids in the order given
     * (identities are handed out in insertion order, so the returned ids sorted ascending follow the list).
     */
    public List<Long> insertAll(List<Visit> list, String operator) {
        if (list.isEmpty()) {
            return List.of();
        }
        org.jooq.InsertSetMoreStep<VisitRecord> insert = null;
        for (Visit v : list) {
            VisitRecord r = dsl.newRecord(VISIT);
            fill(r, v);
            r.setCreatedBy(operator);
            r.setUpdatedBy(operator);
            insert = insert == null ? dsl.insertInto(VISIT).set(r) : insert.newRecord().set(r);
        }
        org.jooq.InsertResultStep<org.jooq.Record1<Long>> returning = insert.returningResult(VISIT.ID);
        List<Long> ids = new ArrayList<>(guarded(() -> returning.fetch(VISIT.ID)));
        if (ids.size() != list.size()) {
            throw new IllegalStateException("multi-row insert returned " + ids.size() + " ids for " + list.size());
        }
        java.util.Collections.sort(ids);
        return ids;
    }

    /** Visits by id (deleted ones left out), for reading back what a multi-row INSERT stored. */
    public java.util.Map<Long, Visit> findByIds(java.util.Collection<Long> ids) {
        java.util.Map<Long, Visit> found = new java.util.HashMap<>();
        dsl.selectFrom(VISIT).where(VISIT.ID.in(ids).and(VISIT.DELETED_AT.isNull()))
                .forEach(r -> found.put(r.getId(), toDomain(r)));
        return found;
    }

    /**
     * The double-payment guard for many recipients at once: (recipient, campaign, 帮扶类别) of every visit of theirs
     * in a campaign, as keys to look drafts up in.
     */
    public java.util.Set<List<Object>> sameKindKeys(java.util.Collection<Long> recipientIds) {
        java.util.Set<List<Object>> keys = new java.util.HashSet<>();
        dsl.selectDistinct(VISIT.RECIPIENT_ID, VISIT.CAMPAIGN_ID, VISIT.ASSISTANCE_KIND).from(VISIT)
                .where(VISIT.RECIPIENT_ID.in(recipientIds).and(VISIT.CAMPAIGN_ID.isNotNull())
                        .and(VISIT.DELETED_AT.isNull()))
                .forEach(r -> keys.add(List.of(r.value1(), r.value2(), r.value3())));
        return keys;
    }

    /** Saves an edited visit while the row still has the version {@code v} was read with (RowVersions). */
    public void update(Visit v, String operator) {
        VisitRecord r = dsl.newRecord(VISIT);
        fill(r, v);
        guarded(() -> {
            RowVersions.update(dsl, VISIT, VISIT.ID, v.id(), v.version(), operator, r);
            return null;
        });
    }

    /** Runs a write, turning a violation of the guard's unique index into {@link GuardConflictException}. */
    private static <T> T guarded(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (org.jooq.exception.DataAccessException e) {
            if (GuardConflictException.isGuardConflict(e)) {
                throw new GuardConflictException(e);
            }
            throw e;
        }
    }

    private static void fill(VisitRecord r, Visit v) {
        r.setRecipientId(v.recipientId());
        r.setCampaignId(v.campaignId());
        r.setOrganizationId(v.organizationId());
        r.setVisitedOn(v.visitedOn());
        r.setForm(v.form().code());
        r.setVisitors(v.visitors());
        r.setCash(v.cash());
        r.setGoods(v.goods());
        r.setGoodsValue(v.goodsValue());
        r.setFundSource(code(v.fundSource()));
        r.setAssistanceKind(v.assistanceKind().code());
        r.setHardshipType(code(v.hardshipType()));
        r.setFileStatus(code(v.fileStatus()));
        r.setSigned(v.signed());
        r.setNote(v.note());
        r.setDuplicateReason(v.duplicateReason());
        r.setGuardSlot(guardSlot(v));
    }

    /**
     * 1 for a visit in a campaign without a 重复慰问 reason, else null: at most one such visit per person, campaign
     * and 帮扶类别 (the unique visit_guard_idx), so two clerks at the same moment cannot both record one.
     */
    private static Short guardSlot(Visit v) {
        return v.campaignId() != null && v.duplicateReason() == null ? (short) 1 : null;
    }

    /** Soft delete, while the row still has {@code version} (the one the list showed); frees the guard's slot. */
    public void softDelete(long id, int version, String operator) {
        VisitRecord r = dsl.newRecord(VISIT);
        r.setDeletedAt(LocalDateTime.now());
        r.setGuardSlot(null);
        RowVersions.update(dsl, VISIT, VISIT.ID, id, version, operator, r);
    }

    public Optional<Visit> findById(long id) {
        return dsl.selectFrom(VISIT).where(VISIT.ID.eq(id).and(VISIT.DELETED_AT.isNull()))
                .fetchOptional(VisitRepository::toDomain);
    }

    public List<VisitSummary> search(VisitQuery q) {
        return lists.search(q);
    }

    /** The guard's quick question, asked once per visit saved: is there any such visit at all? */
    public boolean anySameKind(long recipientId, long campaignId, AssistanceKind kind, Long excludeId) {
        Condition c = VISIT.DELETED_AT.isNull().and(VISIT.RECIPIENT_ID.eq(recipientId))
                .and(VISIT.CAMPAIGN_ID.eq(campaignId)).and(VISIT.ASSISTANCE_KIND.eq(kind.code()));
        if (excludeId != null) {
            c = c.and(VISIT.ID.ne(excludeId));
        }
        // H2 would rather scan the table; PostgreSQL knows no index hints and picks the guard index itself
        Table<?> visits = dsl.dialect().family() == SQLDialect.H2 ? VISIT.useIndex("VISIT_GUARD_IDX") : VISIT;
        return dsl.fetchExists(dsl.selectOne().from(visits).where(c));
    }

    /** Other visits to the recipient in the campaign with the same assistance kind (the double-payment guard). */
    public List<VisitSummary> sameKind(long recipientId, long campaignId, AssistanceKind kind, Long excludeId) {
        return lists.sameKind(recipientId, campaignId, kind, excludeId);
    }

    /** 重复慰问: every visit that shares recipient, campaign and assistance kind with another (null = all campaigns). */
    public List<VisitSummary> duplicates(Long campaignId) {
        return lists.duplicates(campaignId);
    }

    /** Recipients with at least one visit in the campaign. */
    public Set<Long> visitedRecipients(long campaignId) {
        return new HashSet<>(dsl.selectDistinct(VISIT.RECIPIENT_ID).from(VISIT)
                .where(VISIT.CAMPAIGN_ID.eq(campaignId).and(VISIT.DELETED_AT.isNull()))
                .fetch(VISIT.RECIPIENT_ID));
    }

    /** Every distinct 走访人 text entered so far, most used first, for autocompletion. */
    public List<String> knownVisitors(int limit) {
        return dsl.select(VISIT.VISITORS).from(VISIT)
                .where(VISIT.VISITORS.isNotNull().and(VISIT.VISITORS.ne("")))
                .groupBy(VISIT.VISITORS)
                .orderBy(DSL.count().desc(), VISIT.VISITORS)
                .limit(limit)
                .fetch(VISIT.VISITORS);
    }

    /** Cash plus goods value spent in the campaign, per fund source (null key = source not given). */
    public Map<FundSource, BigDecimal> spentBySource(long campaignId) {
        Map<FundSource, BigDecimal> result = new LinkedHashMap<>();
        dsl.select(VISIT.FUND_SOURCE, DSL.sum(VISIT.CASH.plus(VISIT.GOODS_VALUE)))
                .from(VISIT)
                .where(VISIT.CAMPAIGN_ID.eq(campaignId).and(VISIT.DELETED_AT.isNull()))
                .groupBy(VISIT.FUND_SOURCE)
                .forEach(r -> result.put(CodedEnum.fromCode(FundSource.class, r.value1()), r.value2()));
        return result;
    }

    /** Number of visits per day of the campaign, in date order. */
    public Map<LocalDate, Integer> perDay(long campaignId) {
        Map<LocalDate, Integer> result = new LinkedHashMap<>();
        dsl.select(VISIT.VISITED_ON, DSL.count()).from(VISIT)
                .where(VISIT.CAMPAIGN_ID.eq(campaignId).and(VISIT.DELETED_AT.isNull()))
                .groupBy(VISIT.VISITED_ON).orderBy(VISIT.VISITED_ON)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    public int count(long campaignId) {
        return dsl.fetchCount(VISIT, VISIT.CAMPAIGN_ID.eq(campaignId).and(VISIT.DELETED_AT.isNull()));
    }


    static Visit toDomain(VisitRecord r) {
        return new Visit(r.getId(), r.getRecipientId(), r.getCampaignId(), r.getOrganizationId(), r.getVisitedOn(),
                CodedEnum.fromCode(VisitForm.class, r.getForm()), r.getVisitors(), r.getCash(), r.getGoods(),
                r.getGoodsValue(), CodedEnum.fromCode(FundSource.class, r.getFundSource()),
                CodedEnum.fromCode(AssistanceKind.class, r.getAssistanceKind()),
                CodedEnum.fromCode(HardshipType.class, r.getHardshipType()),
                CodedEnum.fromCode(FileStatus.class, r.getFileStatus()), r.getSigned(), r.getNote(),
                r.getDuplicateReason(), r.getRowVersion());
    }

    private static String code(CodedEnum e) {
        return e == null ? null : e.code();
    }
}
