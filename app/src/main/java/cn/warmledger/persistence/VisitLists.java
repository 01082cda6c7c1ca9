package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN;
import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static cn.warmledger.persistence.jooq.Tables.VISIT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;

/**
 * The lists of visits (VisitRepository's search, sameKind and duplicates): VisitSummary rows with the recipient's,
 * the campaign's and the unit's names joined, deleted visits left out.
 */
final class VisitLists {
    private final DSLContext dsl;

    VisitLists(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<VisitSummary> search(VisitQuery q) {
        return summaries(conditions(q));
    }

    /** Other visits to the recipient in the campaign with the same assistance kind (the double-payment guard). */
    List<VisitSummary> sameKind(long recipientId, long campaignId, AssistanceKind kind, Long excludeId) {
        List<Condition> c = new ArrayList<>();
        c.add(VISIT.DELETED_AT.isNull());
        c.add(VISIT.RECIPIENT_ID.eq(recipientId));
        c.add(VISIT.CAMPAIGN_ID.eq(campaignId));
        c.add(VISIT.ASSISTANCE_KIND.eq(kind.code()));
        if (excludeId != null) {
            c.add(VISIT.ID.ne(excludeId));
        }
        return summaries(c);
    }

    /** 重复慰问: every visit that shares recipient, campaign and assistance kind with another (null = all campaigns). */
    List<VisitSummary> duplicates(Long campaignId) {
        cn.warmledger.persistence.jooq.tables.Visit other = VISIT.as("other");
        List<Condition> c = new ArrayList<>();
        c.add(VISIT.DELETED_AT.isNull());
        if (campaignId != null) {
            c.add(VISIT.CAMPAIGN_ID.eq(campaignId));
        }
        c.add(DSL.exists(DSL.selectOne().from(other).where(other.RECIPIENT_ID.eq(VISIT.RECIPIENT_ID)
                .and(other.CAMPAIGN_ID.eq(VISIT.CAMPAIGN_ID))
                .and(other.ASSISTANCE_KIND.eq(VISIT.ASSISTANCE_KIND))
                .and(other.ID.ne(VISIT.ID))
                .and(other.DELETED_AT.isNull()))));
        return dsl.select(summaryFields()).from(VISIT)
                .join(RECIPIENT).on(RECIPIENT.ID.eq(VISIT.RECIPIENT_ID))
                .leftJoin(CAMPAIGN).on(CAMPAIGN.ID.eq(VISIT.CAMPAIGN_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(VISIT.ORGANIZATION_ID))
                .where(c)
                .orderBy(VISIT.CAMPAIGN_ID, RECIPIENT.NAME, VISIT.RECIPIENT_ID, VISIT.ASSISTANCE_KIND, VISIT.VISITED_ON)
                .fetch(VisitLists::toSummary);
    }

    private List<VisitSummary> summaries(List<Condition> conditions) {
        return dsl.select(summaryFields()).from(VISIT)
                .join(RECIPIENT).on(RECIPIENT.ID.eq(VISIT.RECIPIENT_ID))
                .leftJoin(CAMPAIGN).on(CAMPAIGN.ID.eq(VISIT.CAMPAIGN_ID))
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(VISIT.ORGANIZATION_ID))
                .where(conditions)
                .orderBy(VISIT.VISITED_ON.desc(), VISIT.ID.desc())
                .fetch(VisitLists::toSummary);
    }

    private static List<org.jooq.SelectField<?>> summaryFields() {
        return List.of(VISIT.ID, VISIT.RECIPIENT_ID, RECIPIENT.NAME, RECIPIENT.ID_NUMBER, RECIPIENT.CATEGORY,
                VISIT.CAMPAIGN_ID, CAMPAIGN.NAME, ORGANIZATION.NAME, VISIT.VISITED_ON, VISIT.FORM, VISIT.VISITORS,
                VISIT.CASH, VISIT.GOODS, VISIT.GOODS_VALUE, VISIT.FUND_SOURCE, VISIT.ASSISTANCE_KIND,
                VISIT.HARDSHIP_TYPE, VISIT.FILE_STATUS, VISIT.SIGNED, VISIT.NOTE, VISIT.DUPLICATE_REASON,
                VISIT.ROW_VERSION);
    }

    private static List<Condition> conditions(VisitQuery q) {
        List<Condition> c = new ArrayList<>();
        c.add(VISIT.DELETED_AT.isNull());
        if (q.campaignId() != null) {
            c.add(VISIT.CAMPAIGN_ID.eq(q.campaignId()));
        }
        if (q.from() != null) {
            c.add(VISIT.VISITED_ON.ge(q.from()));
        }
        if (q.to() != null) {
            c.add(VISIT.VISITED_ON.le(q.to()));
        }
        if (q.form() != null) {
            c.add(VISIT.FORM.eq(q.form().code()));
        }
        if (q.category() != null) {
            c.add(RECIPIENT.CATEGORY.eq(q.category().code()));
        }
        if (q.signed() != null) {
            c.add(VISIT.SIGNED.eq(q.signed()));
        }
        if (q.organizationId() != null) {
            c.add(VISIT.ORGANIZATION_ID.eq(q.organizationId()));
        }
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            c.add(RECIPIENT.NAME.contains(text).or(RECIPIENT.ID_NUMBER.contains(IdNumber.normalize(text)))
                    .or(VISIT.VISITORS.contains(text)));
        }
        return c;
    }

    private static VisitSummary toSummary(Record r) {
        return new VisitSummary(r.get(VISIT.ID), r.get(VISIT.RECIPIENT_ID), r.get(RECIPIENT.NAME),
                r.get(RECIPIENT.ID_NUMBER), CodedEnum.fromCode(RecipientCategory.class, r.get(RECIPIENT.CATEGORY)),
                r.get(VISIT.CAMPAIGN_ID), r.get(CAMPAIGN.NAME), r.get(ORGANIZATION.NAME), r.get(VISIT.VISITED_ON),
                CodedEnum.fromCode(VisitForm.class, r.get(VISIT.FORM)), r.get(VISIT.VISITORS), r.get(VISIT.CASH),
                r.get(VISIT.GOODS), r.get(VISIT.GOODS_VALUE),
                CodedEnum.fromCode(FundSource.class, r.get(VISIT.FUND_SOURCE)),
                CodedEnum.fromCode(AssistanceKind.class, r.get(VISIT.ASSISTANCE_KIND)),
                CodedEnum.fromCode(HardshipType.class, r.get(VISIT.HARDSHIP_TYPE)),
                CodedEnum.fromCode(FileStatus.class, r.get(VISIT.FILE_STATUS)), r.get(VISIT.SIGNED),
                r.get(VISIT.NOTE), r.get(VISIT.DUPLICATE_REASON), r.get(VISIT.ROW_VERSION));
    }
}
