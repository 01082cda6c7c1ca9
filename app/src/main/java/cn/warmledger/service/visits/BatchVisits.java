package cn.warmledger.service.visits;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;

/** The pieces of a 集中慰问 (batch): what all lines share, one line per recipient, and the preview's totals. */
public final class BatchVisits {
    private BatchVisits() {
    }

    /** What every visit of the batch shares. */
    public record Common(Long campaignId, LocalDate visitedOn, VisitForm form, String visitors, FundSource fundSource,
                         AssistanceKind assistanceKind, boolean signed, String note) {
    }

    /**
     * One recipient of the batch with the amount pre-filled from the standard. {@code problem} is why the
     * line would be refused (e.g. an earlier visit of the same kind); {@code hint} is for information only.
     */
    public record Line(long recipientId, String name, String maskedIdNumber, RecipientCategory category,
                       HardshipType hardshipType, BigDecimal cash, String goods, BigDecimal goodsValue,
                       String problem, String hint) {
        public Line withAmounts(BigDecimal newCash, String newGoods, BigDecimal newGoodsValue) {
            return new Line(recipientId, name, maskedIdNumber, category, hardshipType, newCash, newGoods,
                    newGoodsValue, problem, hint);
        }

        /** The same line refused for {@code why}. */
        public Line withProblem(String why) {
            return new Line(recipientId, name, maskedIdNumber, category, hardshipType, cash, goods, goodsValue, why,
                    hint);
        }
    }

    /** What a batch saved: the lines recorded, the lines refused (each with why, nothing of them written). */
    public record Saved(List<Line> saved, List<Line> refused, List<String> warnings) {
        /** 慰问金 of the saved lines. */
        public BigDecimal cash() {
            return Totals.of(saved).cash();
        }
    }

    /** Count and totals of a list of lines, as the preview shows them. */
    public record Totals(int count, BigDecimal cash, BigDecimal goodsValue) {
        public static Totals of(List<Line> lines) {
            BigDecimal cash = Money.zero();
            BigDecimal goods = Money.zero();
            for (Line l : lines) {
                cash = cash.add(l.cash() == null ? BigDecimal.ZERO : l.cash());
                goods = goods.add(l.goodsValue() == null ? BigDecimal.ZERO : l.goodsValue());
            }
            return new Totals(lines.size(), cash, goods);
        }

        public BigDecimal total() {
            return cash.add(goodsValue);
        }
    }
}
