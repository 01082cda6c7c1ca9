package cn.warmledger.service.visits;

import java.math.BigDecimal;
import java.util.Optional;

import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;

/** What the visit form pre-fills for a recipient in a campaign: the standard amount and the household's file. */
public record VisitDefaults(long recipientId, String recipientName, String maskedIdNumber, RecipientCategory category,
                            HardshipType hardshipType, FileStatus fileStatus, Optional<BigDecimal> standardAmount) {
}
