package cn.warmledger.service.campaigns;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/** A change to a closed (locked) campaign or its visits: refused until the campaign is reopened. */
public final class CampaignLockedException extends InvalidValueException {
    public CampaignLockedException(Campaign campaign) {
        super(Messages.get("field.campaign"), Messages.get("campaign.locked", campaign.name()));
    }
}
