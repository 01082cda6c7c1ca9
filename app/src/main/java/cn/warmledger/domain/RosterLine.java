package cn.warmledger.domain;

import java.math.BigDecimal;

/** One line of the 慰问金发放花名册: a visit of the campaign with its recipient. */
public record RosterLine(String unitCode, String unitName, String name, Gender gender, String idNumber, String employer,
                         RecipientCategory category, HardshipType hardshipType, BigDecimal cash, String goods,
                         BigDecimal goodsValue, String note) {
}
