package cn.warmledger.domain;

import java.time.LocalDateTime;

/** One close or reopen of a campaign, with the reason given. */
public record CampaignStatusChange(CampaignStatus status, String reason, LocalDateTime at, String by) {
}
