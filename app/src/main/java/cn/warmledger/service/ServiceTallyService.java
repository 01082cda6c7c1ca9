package cn.warmledger.service;

import java.util.List;
import java.util.UUID;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServiceItem;
import cn.warmledger.domain.ServiceTally;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.ServiceTallyRepository;
import cn.warmledger.persistence.Transactor;

/** 七送/十送/五送: how many of each service a campaign delivered, and items the user adds. */
public final class ServiceTallyService {
    private final ServiceTallyRepository tallies;
    private final CampaignRepository campaigns;
    private final Transactor tx;

    public ServiceTallyService(ServiceTallyRepository tallies, CampaignRepository campaigns, Transactor tx) {
        this.tallies = tallies;
        this.campaigns = campaigns;
        this.tx = tx;
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
            tallies.setQuantity(campaignId, c.startsOn().getYear(), itemCode, quantity);
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
            return item;
        });
    }
}
