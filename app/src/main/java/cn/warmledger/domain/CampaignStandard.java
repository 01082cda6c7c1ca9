package cn.warmledger.domain;

import java.math.BigDecimal;

/**
 * One line of a campaign's 慰问标准: the default amount for a recipient category and, for 困难职工, a
 * 困难类型 ({@code hardshipType} null = any type of that category).
 */
public record CampaignStandard(RecipientCategory category, HardshipType hardshipType, BigDecimal amount) {
}
