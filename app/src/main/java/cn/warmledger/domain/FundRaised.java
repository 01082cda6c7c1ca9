package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 筹集资金: money raised for a campaign from one source. */
public record FundRaised(Long id, long campaignId, FundSource source, BigDecimal amount, LocalDate receivedOn,
                         String note, int version) {

    /** Money not read from the database yet: version 0. */
    public FundRaised(Long id, long campaignId, FundSource source, BigDecimal amount, LocalDate receivedOn,
                      String note) {
        this(id, campaignId, source, amount, receivedOn, note, 0);
    }
}
