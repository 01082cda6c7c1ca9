package cn.warmledger.domain;

import java.math.BigDecimal;
import java.util.Collection;

/** Count, cash and goods value of a set of visits (what the visits table shows under its rows). */
public record VisitTotals(int count, BigDecimal cash, BigDecimal goodsValue) {
    public static VisitTotals of(Collection<VisitSummary> rows) {
        BigDecimal cash = Money.zero();
        BigDecimal goods = Money.zero();
        for (VisitSummary r : rows) {
            cash = cash.add(r.cash());
            goods = goods.add(r.goodsValue());
        }
        return new VisitTotals(rows.size(), cash, goods);
    }

    public BigDecimal total() {
        return cash.add(goodsValue);
    }
}
