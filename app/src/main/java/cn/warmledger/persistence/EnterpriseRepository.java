package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.ENTERPRISE;
import static cn.warmledger.persistence.jooq.Tables.ENTERPRISE_VISIT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.FundSource;
import cn.warmledger.persistence.jooq.tables.records.EnterpriseRecord;

/** 走访慰问企业 and their visits; both deleted softly. */
public final class EnterpriseRepository {
    private final DSLContext dsl;

    public EnterpriseRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Inserts, or updates the enterprise with that id; returns its id. */
    public long save(Enterprise e) {
        EnterpriseRecord r = e.id() == null ? dsl.newRecord(ENTERPRISE)
                : dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(e.id())).fetchSingle();
        r.setCreditCode(e.creditCode());
        r.setName(e.name());
        r.setHardshipKind(e.hardshipKind());
        r.setAddress(e.address());
        r.setContact(e.contact());
        r.setPhone(e.phone());
        r.setEmployeeCount(e.employeeCount());
        r.setNote(e.note());
        r.store();
        return r.getId();
    }

    /** Includes deleted ones: a credit code stays taken. */
    public Optional<Enterprise> findByCreditCode(String code) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.CREDIT_CODE.eq(code))
                .fetchOptional(EnterpriseRepository::toDomain);
    }

    public Optional<Enterprise> findById(long id) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(id)).fetchOptional(EnterpriseRepository::toDomain);
    }

    public List<Enterprise> all() {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.DELETED_AT.isNull()).orderBy(ENTERPRISE.NAME)
                .fetch(EnterpriseRepository::toDomain);
    }

    public void softDelete(long id) {
        dsl.update(ENTERPRISE).set(ENTERPRISE.DELETED_AT, LocalDateTime.now()).where(ENTERPRISE.ID.eq(id)).execute();
    }

    public long insertVisit(EnterpriseVisit v) {
        return dsl.insertInto(ENTERPRISE_VISIT)
                .set(ENTERPRISE_VISIT.ENTERPRISE_ID, v.enterpriseId())
                .set(ENTERPRISE_VISIT.CAMPAIGN_ID, v.campaignId())
                .set(ENTERPRISE_VISIT.VISITED_ON, v.visitedOn())
                .set(ENTERPRISE_VISIT.VISITORS, v.visitors())
                .set(ENTERPRISE_VISIT.AMOUNT, v.amount())
                .set(ENTERPRISE_VISIT.WORKERS_VISITED, v.workersVisited())
                .set(ENTERPRISE_VISIT.FUND_SOURCE, v.fundSource() == null ? null : v.fundSource().code())
                .set(ENTERPRISE_VISIT.NOTE, v.note())
                .returning(ENTERPRISE_VISIT.ID).fetchOne().getId();
    }

    public Optional<EnterpriseVisit> findVisit(long id) {
        return visitQuery().where(ENTERPRISE_VISIT.ID.eq(id).and(ENTERPRISE_VISIT.DELETED_AT.isNull()))
                .fetchOptional(EnterpriseRepository::toVisit);
    }

    public void softDeleteVisit(long id) {
        dsl.update(ENTERPRISE_VISIT).set(ENTERPRISE_VISIT.DELETED_AT, LocalDateTime.now())
                .where(ENTERPRISE_VISIT.ID.eq(id)).execute();
    }

    /** Visits of a campaign (null = all), newest first. */
    public List<EnterpriseVisit> visits(Long campaignId) {
        var q = visitQuery().where(ENTERPRISE_VISIT.DELETED_AT.isNull());
        if (campaignId != null) {
            q = q.and(ENTERPRISE_VISIT.CAMPAIGN_ID.eq(campaignId));
        }
        return q.orderBy(ENTERPRISE_VISIT.VISITED_ON.desc(), ENTERPRISE_VISIT.ID.desc())
                .fetch(EnterpriseRepository::toVisit);
    }

    private org.jooq.SelectOnConditionStep<Record> visitQuery() {
        return dsl.select(ENTERPRISE_VISIT.fields()).select(ENTERPRISE.NAME).from(ENTERPRISE_VISIT)
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(ENTERPRISE_VISIT.ENTERPRISE_ID));
    }

    private static EnterpriseVisit toVisit(Record r) {
        return new EnterpriseVisit(r.get(ENTERPRISE_VISIT.ID), r.get(ENTERPRISE_VISIT.ENTERPRISE_ID),
                r.get(ENTERPRISE.NAME), r.get(ENTERPRISE_VISIT.CAMPAIGN_ID), r.get(ENTERPRISE_VISIT.VISITED_ON),
                r.get(ENTERPRISE_VISIT.VISITORS), r.get(ENTERPRISE_VISIT.AMOUNT),
                r.get(ENTERPRISE_VISIT.WORKERS_VISITED),
                CodedEnum.fromCode(FundSource.class, r.get(ENTERPRISE_VISIT.FUND_SOURCE)),
                r.get(ENTERPRISE_VISIT.NOTE));
    }

    static Enterprise toDomain(EnterpriseRecord r) {
        return new Enterprise(r.getId(), r.getCreditCode(), r.getName(), r.getHardshipKind(), r.getAddress(),
                r.getContact(), r.getPhone(), r.getEmployeeCount(), r.getNote());
    }
}
