package cn.warmledger.service.campaigns;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServiceItem;
import cn.warmledger.domain.ServiceTally;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.ServiceTallyRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;

/** 七送/十送/五送: how many of each service a campaign delivered, and items the user adds. */
public final class ServiceTallyService {
    private final ServiceTallyRepository tallies;
    private final CampaignRepository campaigns;
    private final Transactor tx;
    private final AuditTrail audit;

    public ServiceTallyService(ServiceTallyRepository tallies, CampaignRepository campaigns, Transactor tx,
                               AuditTrail audit) {
        this.tallies = tallies;
        this.campaigns = campaigns;
        this.tx = tx;
        this.audit = audit;
    }

    public List<ServiceItem> items() {
        return tallies.items();
    }

    /** Every item with the campaign's quantity (0 when not yet counted). */
    public List<ServiceTally> tallies(long campaignId) {
        return tallies.tallies(campaignId);
    }

    public void set(long campaignId, String itemCode, long quantity) {
        if (quantity < 0) {
            throw new InvalidValueException(Messages.get("field.quantity"), Messages.get("tally.negative", quantity));
        }
        tx.run(() -> {
            Campaign c = campaigns.findById(campaignId).orElseThrow(() -> CampaignService.notFound(campaignId));
            CampaignService.requireOpen(c);
            if (tallies.items().stream().noneMatch(i -> i.code().equals(itemCode))) {
                throw new InvalidValueException(Messages.get("field.serviceItem"),
                        Messages.get("tally.unknownItem", itemCode));
            }
            long before = tallies.tallies(campaignId).stream().filter(t -> t.item().code().equals(itemCode))
                    .mapToLong(ServiceTally::quantity).findFirst().orElse(0);
            tallies.setQuantity(campaignId, c.startsOn().getYear(), itemCode, quantity);
            if (before != quantity) {
                audit.record(AuditTrail.SERVICE_TALLY, campaignId + "/" + itemCode, AuditAction.UPDATE,
                        tally(campaignId, itemCode, before), tally(campaignId, itemCode, quantity));
            }
        });
    }

    /** Adds a service item of the user's own (e.g. 送医送药, 人次); returns it. */
    public ServiceItem addItem(String label, String unit) {
        if (label == null || label.isBlank()) {
            throw new InvalidValueException(Messages.get("field.serviceItem"), Messages.get("error.required"));
        }
        if (unit == null || unit.isBlank()) {
            throw new InvalidValueException(Messages.get("field.serviceUnit"), Messages.get("error.required"));
        }
        return tx.inTransaction(() -> {
            if (tallies.findItemByLabel(label.strip()).isPresent()) {
                throw new InvalidValueException(Messages.get("field.serviceItem"),
                        Messages.get("tally.duplicateItem", label.strip()));
            }
            ServiceItem item = new ServiceItem("USER_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                    label.strip(), unit.strip(), false);
            tallies.addItem(item);
            audit.record(AuditTrail.SERVICE_ITEM, item.code(), AuditAction.INSERT, null, item);
            return item;
        });
    }

    /** One tally line as the audit trail keeps it. */
    private static Map<String, Object> tally(long campaignId, String itemCode, long quantity) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("campaignId", campaignId);
        m.put("itemCode", itemCode);
        m.put("quantity", quantity);
        return m;
    }
}
