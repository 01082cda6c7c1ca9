package cn.warmledger.service.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.domain.CampaignStatus;
import cn.warmledger.domain.CampaignStatusChange;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.common.CurrentOperator;

/** 活动: create and edit with its 慰问标准, funds raised per source, close (locks visits) and reopen with a reason. */
public final class CampaignService {
    private final CampaignRepository campaigns;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;

    public CampaignService(CampaignRepository campaigns, Transactor tx, CurrentOperator operator, AuditTrail audit) {
        this.campaigns = campaigns;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
    }

    public List<Campaign> list() {
        return campaigns.all();
    }

    public Optional<Campaign> find(long id) {
        return campaigns.findById(id);
    }

    /** The campaign of the day: an open one whose period covers today, else the newest open, else the newest. */
    public Optional<Campaign> current(LocalDate today) {
        List<Campaign> all = campaigns.all();
        return all.stream().filter(c -> !c.isClosed() && c.covers(today)).findFirst()
                .or(() -> all.stream().filter(c -> !c.isClosed()).findFirst())
                .or(() -> all.stream().findFirst());
    }

    public CampaignStandards standards(long campaignId) {
        return campaigns.standards(campaignId);
    }

    /** Creates or updates a campaign with its standards in one transaction; returns its id. */
    public long save(CampaignDraft d) {
        Campaign c = validate(d);
        CampaignStandards standards = new CampaignStandards(d.standards().stream()
                .map(s -> new CampaignStandard(s.category(), s.category() == RecipientCategory.HARDSHIP_WORKER
                        ? s.hardshipType() : null, checkedAmount(s.amount())))
                .toList());
        return tx.inTransaction(() -> {
            campaigns.findByName(c.name()).filter(other -> !other.id().equals(c.id())).ifPresent(other -> {
                throw new InvalidValueException(Messages.get("field.campaignName"),
                        Messages.get("campaign.duplicateName", c.name()));
            });
            long id;
            Map<String, Object> before = null;
            if (c.id() == null) {
                id = campaigns.insert(c, operator.name());
            } else {
                Campaign old = campaigns.findById(c.id()).orElseThrow(() -> notFound(c.id()));
                requireOpen(old);
                before = snapshot(old, campaigns.standards(c.id()));
                campaigns.update(c, operator.name());
                id = c.id();
            }
            campaigns.replaceStandards(id, standards);
            audit.record(AuditTrail.CAMPAIGN, id, before == null ? AuditAction.INSERT : AuditAction.UPDATE, before,
                    snapshot(campaigns.findById(id).orElse(c), campaigns.standards(id)));
            return id;
        });
    }

    /** A campaign with its 慰问标准, as the audit trail keeps it. */
    private static Map<String, Object> snapshot(Campaign c, CampaignStandards standards) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaign", c);
        m.put("standards", standards.lines());
        return m;
    }

    /** A status change (close / reopen), as the audit trail keeps it. */
    private static Map<String, Object> status(CampaignStatus status, String reason) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status);
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    private static Campaign validate(CampaignDraft d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidValueException(Messages.get("field.campaignName"), Messages.get("error.required"));
        }
        if (d.kind() == null) {
            throw new InvalidValueException(Messages.get("field.campaignKind"), Messages.get("error.required"));
        }
        if (d.startsOn() == null) {
            throw new InvalidValueException(Messages.get("field.startsOn"), Messages.get("error.required"));
        }
        if (d.endsOn() == null) {
            throw new InvalidValueException(Messages.get("field.endsOn"), Messages.get("error.required"));
        }
        if (d.endsOn().isBefore(d.startsOn())) {
            throw new InvalidValueException(Messages.get("field.endsOn"),
                    Messages.get("campaign.endBeforeStart", d.startsOn().toString()));
        }
        BigDecimal budget = d.budget() == null ? null
                : Money.checked(Messages.get("field.budget"), d.budget(), d.budget().toPlainString());
        return new Campaign(d.id(), d.name().strip(), d.kind(), d.startsOn(), d.endsOn(), budget, CampaignStatus.OPEN,
                d.note() == null || d.note().isBlank() ? null : d.note().strip(), d.version());
    }

    private static BigDecimal checkedAmount(BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException(Messages.get("field.standard"), Messages.get("error.required"));
        }
        return Money.visitAmount(Messages.get("field.standard"), amount, amount.toPlainString());
    }

    /** Adds money raised from one source; returns the new row's id. */
    public long addFund(long campaignId, FundSource source, BigDecimal amount, LocalDate receivedOn, String note) {
        if (source == null) {
            throw new InvalidValueException(Messages.get("field.fundSource"), Messages.get("error.required"));
        }
        if (amount == null || amount.signum() == 0) {
            throw new InvalidValueException(Messages.get("field.amount"), Messages.get("fund.zero"));
        }
        BigDecimal checked = Money.checked(Messages.get("field.amount"), amount, amount.toPlainString());
        return tx.inTransaction(() -> {
            requireOpen(campaigns.findById(campaignId).orElseThrow(() -> notFound(campaignId)));
            FundRaised fund = new FundRaised(null, campaignId, source, checked, receivedOn,
                    note == null || note.isBlank() ? null : note.strip());
            long id = campaigns.addFund(fund, operator.name());
            audit.record(AuditTrail.FUND_RAISED, id, AuditAction.INSERT, null,
                    campaigns.findFund(id).orElse(fund));
            return id;
        });
    }

    /** Deletes money raised; refused when the row changed after the list showed {@code version}. */
    public void deleteFund(long fundId, int version) {
        tx.run(() -> {
            // deleted meanwhile: the clerk is told by whom, as for an edit
            FundRaised f = campaigns.findFund(fundId).orElseThrow(() -> campaigns.fundConflict(fundId));
            requireOpen(campaigns.findById(f.campaignId()).orElseThrow(() -> notFound(f.campaignId())));
            campaigns.deleteFund(fundId, version, operator.name());
            audit.record(AuditTrail.FUND_RAISED, fundId, AuditAction.DELETE, f, null);
        });
    }

    public List<FundRaised> funds(long campaignId) {
        return campaigns.funds(campaignId);
    }

    /** Closes the campaign: its visits are locked from now on. */
    public void close(long campaignId, String reason) {
        tx.run(() -> {
            Campaign c = campaigns.findById(campaignId).orElseThrow(() -> notFound(campaignId));
            if (!c.isClosed()) {
                campaigns.setStatus(campaignId, CampaignStatus.CLOSED, Trimmed.orNull(reason), operator.name());
                audit.record(AuditTrail.CAMPAIGN, campaignId, AuditAction.UPDATE,
                        Messages.get("audit.campaign.closed", c.name()), status(c.status(), null),
                        status(CampaignStatus.CLOSED, Trimmed.orNull(reason)));
            }
        });
    }

    /** Reopens a closed campaign; the reason is required and recorded. */
    public void reopen(long campaignId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValueException(Messages.get("field.reopenReason"), Messages.get("error.required"));
        }
        tx.run(() -> {
            Campaign c = campaigns.findById(campaignId).orElseThrow(() -> notFound(campaignId));
            if (c.isClosed()) {
                campaigns.setStatus(campaignId, CampaignStatus.OPEN, reason.strip(), operator.name());
                audit.record(AuditTrail.CAMPAIGN, campaignId, AuditAction.UPDATE,
                        Messages.get("audit.campaign.reopened", c.name()), status(c.status(), null),
                        status(CampaignStatus.OPEN, reason.strip()));
            }
        });
    }

    public List<CampaignStatusChange> statusHistory(long campaignId) {
        return campaigns.statusHistory(campaignId);
    }

    /** A closed campaign takes no changes: visits, enterprise visits and funds all ask this (public since issue 17). */
    public static void requireOpen(Campaign c) {
        if (c.isClosed()) {
            throw new CampaignLockedException(c);
        }
    }

    /** The one message for a campaign id that is not there, for every feature that takes one. */
    public static InvalidValueException notFound(long id) {
        return new InvalidValueException(Messages.get("field.campaign"), Messages.get("campaign.notFound", String.valueOf(id)));
    }
}
