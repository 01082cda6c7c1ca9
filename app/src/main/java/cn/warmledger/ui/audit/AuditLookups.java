package cn.warmledger.ui.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.ServiceItem;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.campaigns.ServiceTallyService;
import cn.warmledger.service.recipients.RecipientService;

/**
 * What the 操作日志 looks up to name the rows its entries are about (people, campaigns, service items), called off
 * the FX thread. Anything not found falls back to what the entry itself holds.
 */
public interface AuditLookups {
    /** The recipients by id, deleted ones too. */
    Map<Long, Recipient> recipients(Collection<Long> ids);

    Map<Long, String> campaignNames();

    Map<String, String> serviceItemLabels();

    static AuditLookups of(RecipientService recipients, CampaignService campaigns, ServiceTallyService tallies) {
        return new AuditLookups() {
            @Override
            public Map<Long, Recipient> recipients(Collection<Long> ids) {
                return ids.isEmpty() ? Map.of() : recipients.findByIds(ids);
            }

            @Override
            public Map<Long, String> campaignNames() {
                Map<Long, String> names = new LinkedHashMap<>();
                for (Campaign c : campaigns.list()) {
                    names.put(c.id(), c.name());
                }
                return names;
            }

            @Override
            public Map<String, String> serviceItemLabels() {
                Map<String, String> labels = new LinkedHashMap<>();
                for (ServiceItem i : tallies.items()) {
                    labels.put(i.code(), i.label());
                }
                return labels;
            }
        };
    }
}
