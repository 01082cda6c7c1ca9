package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 活动: e.g. 2021年元旦春节送温暖, with its period and budget; CLOSED locks its visits. */
public record Campaign(Long id, String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn,
                       BigDecimal budget, CampaignStatus status, String note, int version) {

    /** A campaign not read from the database (new, or a draft): version 0. */
    public Campaign(Long id, String name, CampaignKind kind, LocalDate startsOn, LocalDate endsOn, BigDecimal budget,
                    CampaignStatus status, String note) {
        this(id, name, kind, startsOn, endsOn, budget, status, note, 0);
    }

    public boolean isClosed() {
        return status == CampaignStatus.CLOSED;
    }

    /** True when {@code date} falls within the period, both ends included. */
    public boolean covers(LocalDate date) {
        return date != null && !date.isBefore(startsOn) && !date.isAfter(endsOn);
    }

    public String period() {
        return startsOn + " ~ " + endsOn;
    }

    public Campaign withId(Long newId) {
        return new Campaign(newId, name, kind, startsOn, endsOn, budget, status, note, version);
    }
}
