package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN;
import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN_STANDARD;
import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN_STATUS_CHANGE;
import static cn.warmledger.persistence.jooq.Tables.FUND_RAISED;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.domain.CampaignStatus;
import cn.warmledger.domain.CampaignStatusChange;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.EditConflictException;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.persistence.jooq.tables.records.CampaignRecord;
import cn.warmledger.persistence.jooq.tables.records.FundRaisedRecord;

/** 活动 with its 慰问标准, its status changes (close / reopen with reason) and its 筹集资金. */
public final class CampaignRepository {
    private final DSLContext dsl;

    public CampaignRepository(Database database) {
        this.dsl = database.dsl();
    }

    public long insert(Campaign c, String operator) {
        CampaignRecord r = dsl.newRecord(CAMPAIGN);
        fill(r, c);
        r.setStatus(CampaignStatus.OPEN.code());
        r.setUpdatedBy(operator);
        r.store();
        return r.getId();
    }

    /**
     * Saves an edited campaign while the row still has the version {@code c} was read with (RowVersions); its 慰问标准
     * are replaced in the same transaction, so this version guards them too.
     */
    public void update(Campaign c, String operator) {
        CampaignRecord r = dsl.newRecord(CAMPAIGN);
        fill(r, c);
        RowVersions.update(dsl, CAMPAIGN, CAMPAIGN.ID, c.id(), c.version(), operator, r);
    }

    private static void fill(CampaignRecord r, Campaign c) {
        r.setName(c.name());
        r.setKind(c.kind().code());
        r.setStartsOn(c.startsOn());
        r.setEndsOn(c.endsOn());
        r.setBudget(c.budget());
        r.setNote(c.note());
    }

    public Optional<Campaign> findById(long id) {
        return dsl.selectFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).fetchOptional(CampaignRepository::toDomain);
    }

    public Optional<Campaign> findByName(String name) {
        return dsl.selectFrom(CAMPAIGN).where(CAMPAIGN.NAME.eq(name)).fetchOptional(CampaignRepository::toDomain);
    }

    /** Newest period first. */
    public List<Campaign> all() {
        return dsl.selectFrom(CAMPAIGN).orderBy(CAMPAIGN.STARTS_ON.desc(), CAMPAIGN.ID.desc())
                .fetch(CampaignRepository::toDomain);
    }

    /** Closes or reopens; raises the version, so a form loaded before the change is refused. */
    public void setStatus(long id, CampaignStatus status, String reason, String operator) {
        CampaignRecord r = dsl.newRecord(CAMPAIGN);
        r.setStatus(status.code());
        RowVersions.update(dsl, CAMPAIGN, CAMPAIGN.ID, id, null, operator, r);
        dsl.insertInto(CAMPAIGN_STATUS_CHANGE)
                .set(CAMPAIGN_STATUS_CHANGE.CAMPAIGN_ID, id)
                .set(CAMPAIGN_STATUS_CHANGE.ACTION, status.code())
                .set(CAMPAIGN_STATUS_CHANGE.REASON, reason)
                .set(CAMPAIGN_STATUS_CHANGE.CHANGED_BY, operator)
                .execute();
    }

    /** The close / reopen history, oldest first. */
    public List<CampaignStatusChange> statusHistory(long id) {
        return dsl.selectFrom(CAMPAIGN_STATUS_CHANGE).where(CAMPAIGN_STATUS_CHANGE.CAMPAIGN_ID.eq(id))
                .orderBy(CAMPAIGN_STATUS_CHANGE.ID)
                .fetch(r -> new CampaignStatusChange(CodedEnum.fromCode(CampaignStatus.class, r.getAction()), r.getReason(),
                        r.getChangedAt(), r.getChangedBy()));
    }

    public CampaignStandards standards(long campaignId) {
        return new CampaignStandards(dsl.selectFrom(CAMPAIGN_STANDARD)
                .where(CAMPAIGN_STANDARD.CAMPAIGN_ID.eq(campaignId))
                .orderBy(CAMPAIGN_STANDARD.ID)
                .fetch(r -> new CampaignStandard(CodedEnum.fromCode(RecipientCategory.class, r.getCategory()),
                        CodedEnum.fromCode(HardshipType.class, r.getHardshipType()), r.getAmount())));
    }

    public void replaceStandards(long campaignId, CampaignStandards standards) {
        dsl.deleteFrom(CAMPAIGN_STANDARD).where(CAMPAIGN_STANDARD.CAMPAIGN_ID.eq(campaignId)).execute();
        for (CampaignStandard s : standards.lines()) {
            dsl.insertInto(CAMPAIGN_STANDARD)
                    .set(CAMPAIGN_STANDARD.CAMPAIGN_ID, campaignId)
                    .set(CAMPAIGN_STANDARD.CATEGORY, s.category().code())
                    .set(CAMPAIGN_STANDARD.HARDSHIP_TYPE, s.hardshipType() == null ? null : s.hardshipType().code())
                    .set(CAMPAIGN_STANDARD.AMOUNT, s.amount())
                    .execute();
        }
    }

    public long addFund(FundRaised f, String operator) {
        return dsl.insertInto(FUND_RAISED)
                .set(FUND_RAISED.UPDATED_BY, operator)
                .set(FUND_RAISED.UPDATED_AT, LocalDateTime.now())
                .set(FUND_RAISED.CAMPAIGN_ID, f.campaignId())
                .set(FUND_RAISED.SOURCE, f.source().code())
                .set(FUND_RAISED.AMOUNT, f.amount())
                .set(FUND_RAISED.RECEIVED_ON, f.receivedOn())
                .set(FUND_RAISED.NOTE, f.note())
                .returning(FUND_RAISED.ID).fetchOne().getId();
    }

    /** Soft delete while the row still has {@code version} (the one the list showed). */
    public void deleteFund(long fundId, int version, String operator) {
        FundRaisedRecord r = dsl.newRecord(FUND_RAISED);
        r.setDeletedAt(LocalDateTime.now());
        RowVersions.update(dsl, FUND_RAISED, FUND_RAISED.ID, fundId, version, operator, r);
    }

    /** Why money raised can no longer be deleted: who deleted it and when (or that it is gone). */
    public EditConflictException fundConflict(long fundId) {
        return RowVersions.conflict(dsl, FUND_RAISED, FUND_RAISED.ID, fundId);
    }

    public Optional<FundRaised> findFund(long fundId) {
        return dsl.selectFrom(FUND_RAISED).where(FUND_RAISED.ID.eq(fundId).and(FUND_RAISED.DELETED_AT.isNull()))
                .fetchOptional(CampaignRepository::toFund);
    }

    public List<FundRaised> funds(long campaignId) {
        return dsl.selectFrom(FUND_RAISED)
                .where(FUND_RAISED.CAMPAIGN_ID.eq(campaignId).and(FUND_RAISED.DELETED_AT.isNull()))
                .orderBy(FUND_RAISED.ID)
                .fetch(CampaignRepository::toFund);
    }

    private static FundRaised toFund(FundRaisedRecord r) {
        return new FundRaised(r.getId(), r.getCampaignId(), CodedEnum.fromCode(FundSource.class, r.getSource()),
                r.getAmount(), r.getReceivedOn(), r.getNote(), r.getRowVersion());
    }

    static Campaign toDomain(CampaignRecord r) {
        return new Campaign(r.getId(), r.getName(), CodedEnum.fromCode(CampaignKind.class, r.getKind()),
                r.getStartsOn(), r.getEndsOn(), r.getBudget(), CodedEnum.fromCode(CampaignStatus.class, r.getStatus()),
                r.getNote(), r.getRowVersion());
    }
}
