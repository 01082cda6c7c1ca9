package cn.warmledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts in Chinese capital numerals (大写), as vouchers and the roster's 合计 write them:
 * 12000.00 → 壹万贰仟元整, 1234.56 → 壹仟贰佰叁拾肆元伍角陆分, 1000.05 → 壹仟元零伍分.
 */
public final class ChineseNumerals {
    private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String[] PLACES = {"", "拾", "佰", "仟"};
    /** The fourth group is 万亿: written 万, and 亿 follows when the 亿 group itself is all zeros (壹万亿). */
    private static final String[] GROUPS = {"", "万", "亿", "万"};

    private ChineseNumerals() {
    }

    /** The amount in 元, rounded half-up to fen; up to 9999999999999999.99. */
    public static String yuan(BigDecimal amount) {
        BigDecimal fen = amount.setScale(Money.SCALE, RoundingMode.HALF_UP);
        StringBuilder out = new StringBuilder();
        if (fen.signum() < 0) {
            out.append('负');
            fen = fen.negate();
        }
        String integer = fen.toBigInteger().toString();
        if (integer.length() > 16) {
            throw new InvalidValueException("", Messages.get("numerals.tooLarge", amount.toPlainString()));
        }
        int cents = fen.remainder(BigDecimal.ONE).movePointRight(Money.SCALE).intValueExact();
        int jiao = cents / 10;
        int fenDigit = cents % 10;
        boolean hasInteger = !"0".equals(integer);
        if (hasInteger) {
            out.append(integerPart(integer)).append('元');
        }
        if (jiao == 0 && fenDigit == 0) {
            return out.append(hasInteger ? "整" : "零元整").toString();
        }
        if (jiao > 0) {
            out.append(DIGITS.charAt(jiao)).append('角');
        }
        if (fenDigit > 0) {
            if (jiao == 0 && hasInteger) {
                out.append('零');
            }
            out.append(DIGITS.charAt(fenDigit)).append('分');
        } else {
            out.append('整');
        }
        return out.toString();
    }

    private static String integerPart(String digits) {
        StringBuilder out = new StringBuilder();
        boolean zeroPending = false;
        boolean groupHasDigit = false;
        int length = digits.length();
        for (int i = 0; i < length; i++) {
            int digit = digits.charAt(i) - '0';
            int position = length - 1 - i;
            if (digit == 0) {
                zeroPending = out.length() > 0;
            } else {
                if (zeroPending) {
                    out.append('零');
                    zeroPending = false;
                }
                out.append(DIGITS.charAt(digit)).append(PLACES[position % 4]);
                groupHasDigit = true;
            }
            if (position % 4 == 0) {
                if (groupHasDigit && position > 0) {
                    out.append(GROUPS[position / 4]);
                    if (position == 12 && digits.substring(length - 12, length - 8).equals("0000")) {
                        out.append('亿');
                    }
                }
                groupHasDigit = false;
            }
        }
        return out.toString();
    }
}
