package cn.warmledger.domain;

import java.time.LocalDate;

/** What the visits table shows (null = any): campaign, date range, form, category, signed, unit, text. */
public record VisitQuery(Long campaignId, LocalDate from, LocalDate to, VisitForm form, RecipientCategory category,
                         Boolean signed, Long organizationId, String text) {
    public static VisitQuery all() {
        return new VisitQuery(null, null, null, null, null, null, null, null);
    }

    public static VisitQuery ofCampaign(Long campaignId) {
        return new VisitQuery(campaignId, null, null, null, null, null, null, null);
    }
}
