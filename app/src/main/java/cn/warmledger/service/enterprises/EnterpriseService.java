package cn.warmledger.service.enterprises;

import java.math.BigDecimal;
import java.util.List;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.CreditCode;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.EnterpriseRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.campaigns.CampaignService;

/** 走访慰问企业: the register (统一社会信用代码 checked by GB 32100) and the visits to them. */
public final class EnterpriseService {
    private final EnterpriseRepository enterprises;
    private final CampaignRepository campaigns;
    private final Transactor tx;
    private final AuditTrail audit;

    public EnterpriseService(EnterpriseRepository enterprises, CampaignRepository campaigns, Transactor tx,
                             AuditTrail audit) {
        this.enterprises = enterprises;
        this.campaigns = campaigns;
        this.tx = tx;
        this.audit = audit;
    }

    public List<Enterprise> list() {
        return enterprises.all();
    }

    /** Saves a new or edited enterprise; the credit code is checked and must be unique. Returns its id. */
    public long save(Enterprise e) {
        if (e.name() == null || e.name().isBlank()) {
            throw new InvalidValueException(Messages.get("field.enterpriseName"), Messages.get("error.required"));
        }
        String code = CreditCode.parse(e.creditCode());
        String phone = PhoneNumber.parse(e.phone());
        if (e.employeeCount() != null && e.employeeCount() < 0) {
            throw new InvalidValueException(Messages.get("field.employeeCount"), Messages.get("enterprise.negative"));
        }
        Enterprise checked = new Enterprise(e.id(), code, e.name().strip(), Trimmed.orNull(e.hardshipKind()),
                Trimmed.orNull(e.address()), Trimmed.orNull(e.contact()), phone, e.employeeCount(),
                Trimmed.orNull(e.note()));
        return tx.inTransaction(() -> {
            enterprises.findByCreditCode(code).filter(other -> !other.id().equals(e.id())).ifPresent(other -> {
                throw new InvalidValueException(Messages.get("field.creditCode"),
                        Messages.get("enterprise.duplicate", other.name()));
            });
            Enterprise before = checked.id() == null ? null : enterprises.findById(checked.id()).orElse(null);
            long id = enterprises.save(checked);
            audit.record(AuditTrail.ENTERPRISE, id, before == null ? AuditAction.INSERT : AuditAction.UPDATE, before,
                    enterprises.findById(id).orElse(checked));
            return id;
        });
    }

    public void delete(long id) {
        tx.run(() -> {
            Enterprise before = enterprises.findById(id).orElse(null);
            enterprises.softDelete(id);
            audit.record(AuditTrail.ENTERPRISE, id, AuditAction.DELETE, before, null);
        });
    }

    /** Records a visit to an enterprise; refused when its campaign is closed. Returns its id. */
    public long recordVisit(EnterpriseVisit v) {
        if (v.visitedOn() == null) {
            throw new InvalidValueException(Messages.get("field.visitedOn"), Messages.get("error.required"));
        }
        BigDecimal amount = v.amount() == null ? Money.zero()
                : Money.checked(Messages.get("field.amount"), v.amount(), v.amount().toPlainString());
        if (v.workersVisited() != null && v.workersVisited() < 0) {
            throw new InvalidValueException(Messages.get("field.workersVisited"), Messages.get("enterprise.negative"));
        }
        return tx.inTransaction(() -> {
            enterprises.findById(v.enterpriseId()).orElseThrow(() ->
                    new InvalidValueException(Messages.get("field.enterprise"), Messages.get("error.required")));
            requireOpen(v.campaignId());
            EnterpriseVisit visit = new EnterpriseVisit(null, v.enterpriseId(), null, v.campaignId(),
                    v.visitedOn(), Trimmed.orNull(v.visitors()), amount, v.workersVisited(), v.fundSource(),
                    Trimmed.orNull(v.note()));
            long id = enterprises.insertVisit(visit);
            audit.record(AuditTrail.ENTERPRISE_VISIT, id, AuditAction.INSERT, null,
                    enterprises.findVisit(id).orElse(visit));
            return id;
        });
    }

    public void deleteVisit(long visitId) {
        tx.run(() -> enterprises.findVisit(visitId).ifPresent(v -> {
            requireOpen(v.campaignId());
            enterprises.softDeleteVisit(visitId);
            audit.record(AuditTrail.ENTERPRISE_VISIT, visitId, AuditAction.DELETE, v, null);
        }));
    }

    /** Visits of the campaign (null = all). */
    public List<EnterpriseVisit> visits(Long campaignId) {
        return enterprises.visits(campaignId);
    }

    private void requireOpen(Long campaignId) {
        if (campaignId != null) {
            CampaignService.requireOpen(campaigns.findById(campaignId)
                    .orElseThrow(() -> CampaignService.notFound(campaignId)));
        }
    }
}
