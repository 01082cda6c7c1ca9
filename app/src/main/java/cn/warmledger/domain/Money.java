package cn.warmledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Amounts in 元 with two decimals, end to end; never double. */
public final class Money {
    public static final int SCALE = 2;
    /** The largest amount the money columns hold, DECIMAL(14,2): 999,999,999,999.99 元. */
    public static final BigDecimal COLUMN_MAX = new BigDecimal("999999999999.99");
    /**
     * 慰问金 or 慰问品折价 of one visit above this is refused, not stored (ADR 19-2): 送温暖 standards are hundreds to
     * a few thousand 元 per person; above 100,000 元 it is a slip (万元 typed as 元, zeros too many).
     */
    public static final BigDecimal VISIT_CEILING = new BigDecimal("100000.00");
    public static final int WAN_SCALE = 4;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** Rounds half-up to fen, the way a cashier does. */
    public static BigDecimal yuan(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }

    /** 元 → 万元 with four decimals, as the statistics tables write it (657.992万元). */
    public static BigDecimal toWan(BigDecimal yuan) {
        return yuan.divide(TEN_THOUSAND, WAN_SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Parses what people type or spreadsheets hold: "1,234.50", "1234.5元", "0.5万元", full-width
     * digits. Negative amounts and more than two decimals of 元 are refused.
     */
    public static BigDecimal parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, Messages.get("error.required"));
        }
        String s = IdNumber.normalize(raw).replace(",", "").replace("，", "").replace("¥", "").replace("￥", "");
        boolean wan = false;
        if (s.endsWith("万元") || s.endsWith("万")) {
            wan = true;
            s = s.substring(0, s.indexOf('万'));
        } else if (s.endsWith("元")) {
            s = s.substring(0, s.length() - 1);
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, Messages.get("money.invalid", raw.strip()));
        }
        if (wan) {
            value = value.multiply(TEN_THOUSAND);
        }
        return checked(field, value, raw.strip());
    }

    /** {@link #parse} of an optional amount: a blank field is 0 元 (the visit forms' 现金 and 物资折价). */
    public static BigDecimal parseOrZero(String field, String raw) {
        return raw == null || raw.isBlank() ? zero() : parse(field, raw);
    }

    /** Refuses a negative amount, fractions of a fen, or more than a money column holds. */
    public static BigDecimal checked(String field, BigDecimal value, String shown) {
        return atMost(field, value, shown, COLUMN_MAX, "money.tooLarge");
    }

    /** A visit's 慰问金 or 慰问品折价 (also a 慰问标准 per person): as {@link #checked}, and at most {@link #VISIT_CEILING}. */
    public static BigDecimal visitAmount(String field, BigDecimal value, String shown) {
        return atMost(field, value, shown, VISIT_CEILING, "money.aboveVisitCeiling");
    }

    /** Any other decimal column with its own range (住房面积 DECIMAL(10,2): {@code max} 99999999.99). */
    public static BigDecimal atMost(String field, BigDecimal value, String shown, BigDecimal max, String tooLargeKey) {
        if (value.signum() < 0) {
            throw new InvalidValueException(field, Messages.get("money.negative", shown));
        }
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw new InvalidValueException(field, Messages.get("money.scale", shown));
        }
        if (value.compareTo(max) > 0) {
            throw new InvalidValueException(field, Messages.get(tooLargeKey, shown, max.stripTrailingZeros().toPlainString()));
        }
        return value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }
}
