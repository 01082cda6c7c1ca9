package cn.warmledger.service;

import java.math.BigDecimal;
import java.util.List;

import cn.warmledger.domain.CreditCode;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.EnterpriseRepository;
import cn.warmledger.persistence.Transactor;

/** 走访慰问企业: the register (统一社会信用代码 checked by GB 32100) and the visits to them. */
public final class EnterpriseService {
    private final EnterpriseRepository enterprises;
    private final CampaignRepository campaigns;
    private final Transactor tx;

    public EnterpriseService(EnterpriseRepository enterprises, CampaignRepository campaigns, Transactor tx) {
        this.enterprises = enterprises;
        this.campaigns = campaigns;
        this.tx = tx;
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
        Enterprise checked = new Enterprise(e.id(), code, e.name().strip(), blankToNull(e.hardshipKind()),
                blankToNull(e.address()), blankToNull(e.contact()), phone, e.employeeCount(), blankToNull(e.note()));
        return tx.inTransaction(() -> {
            enterprises.findByCreditCode(code).filter(other -> !other.id().equals(e.id())).ifPresent(other -> {
                throw new InvalidValueException(Messages.get("field.creditCode"),
                        Messages.get("enterprise.duplicate", other.name()));
            });
            return enterprises.save(checked);
        });
    }

    public void delete(long id) {
        tx.run(() -> enterprises.softDelete(id));
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
            return enterprises.insertVisit(new EnterpriseVisit(null, v.enterpriseId(), null, v.campaignId(),
                    v.visitedOn(), blankToNull(v.visitors()), amount, v.workersVisited(), v.fundSource(),
                    blankToNull(v.note())));
        });
    }

    public void deleteVisit(long visitId) {
        tx.run(() -> enterprises.findVisit(visitId).ifPresent(v -> {
            requireOpen(v.campaignId());
            enterprises.softDeleteVisit(visitId);
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
