package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
    @ParameterizedTest
    @CsvSource({
        "12000.00, 壹万贰仟元整",
        "1234.56, 壹仟贰佰叁拾肆元伍角陆分",
        "0, 零元整",
        "0.05, 伍分",
        "0.50, 伍角整",
        "10, 壹拾元整",
        "1000.05, 壹仟元零伍分",
        "1001, 壹仟零壹元整",
        "1010.10, 壹仟零壹拾元壹角整",
        "100100, 壹拾万零壹佰元整",
        "6850.50, 陆仟捌佰伍拾元伍角整",
        "1000000, 壹佰万元整",
        "100000000, 壹亿元整",
        "100001000, 壹亿零壹仟元整",
        "20000000.01, 贰仟万元零壹分",
        "305110000, 叁亿零伍佰壹拾壹万元整",
        "-12.30, 负壹拾贰元叁角整",
        "1000000000000, 壹万亿元整",
        "1200000000000, 壹万贰仟亿元整",
        "1000100000000, 壹万零壹亿元整",
        "1000000010000, 壹万亿零壹万元整",
        "999999999999.99, 玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"
    })
    void capitals(String amount, String expected) {
        assertThat(ChineseNumerals.yuan(new BigDecimal(amount))).isEqualTo(expected);
    }

    /**
     * Every amount the money columns hold (DECIMAL(14,2), and DECIMAL(16,2) for budgets), checked against a
     * conversion written another way: recursion on 亿 and 万 with the "零 when the lower part is short" rule,
     * instead of the engine's digit walk. Random digits, and digits drawn mostly from 0 to hit the zero rules.
     */
    @Test
    void agreesWithAnIndependentConversionOverTheWholeRange() {
        Random random = new Random(19_8);
        for (int i = 0; i < 200_000; i++) {
            int length = 1 + random.nextInt(i % 2 == 0 ? 12 : 16);
            boolean sparse = random.nextBoolean();
            StringBuilder digits = new StringBuilder();
            for (int d = 0; d < length; d++) {
                digits.append(sparse && random.nextInt(4) > 0 ? 0 : random.nextInt(10));
            }
            int fen = sparse ? random.nextInt(4) * random.nextInt(10) : random.nextInt(100);
            BigDecimal amount = new BigDecimal(new BigInteger(digits.toString())).add(BigDecimal.valueOf(fen, 2));
            assertThat(ChineseNumerals.yuan(amount)).as("%s", amount.toPlainString()).isEqualTo(Oracle.yuan(amount));
        }
    }

    /**
     * Capitals by recursion: n = high·10⁸ + low → high 亿 [零] low; the same with 万; below 10⁴ digit by digit.
     * Zeros between two digits give one 零 (the voucher rule lets a writer put or leave it at a 万/亿 boundary;
     * the app always puts it).
     */
    private static final class Oracle {
        private static final String DIGIT = "零壹贰叁肆伍陆柒捌玖";
        private static final BigInteger YI = BigInteger.TEN.pow(8);
        private static final BigInteger WAN = BigInteger.TEN.pow(4);

        static String yuan(BigDecimal amount) {
            BigInteger cents = amount.movePointRight(2).toBigIntegerExact();
            BigInteger whole = cents.divide(BigInteger.valueOf(100));
            int jiao = cents.mod(BigInteger.valueOf(100)).intValue() / 10;
            int fen = cents.mod(BigInteger.TEN).intValue();
            String integer = whole.signum() == 0 ? "" : words(whole) + "元";
            if (jiao == 0 && fen == 0) {
                return integer.isEmpty() ? "零元整" : integer + "整";
            }
            String small = (jiao == 0 ? (integer.isEmpty() ? "" : "零") : DIGIT.charAt(jiao) + "角")
                    + (fen == 0 ? "整" : DIGIT.charAt(fen) + "分");
            return integer + small;
        }

        private static String words(BigInteger n) {
            if (n.compareTo(YI) >= 0) {
                return split(n, YI, "亿");
            }
            if (n.compareTo(WAN) >= 0) {
                return split(n, WAN, "万");
            }
            return below10000(n.intValue());
        }

        private static String split(BigInteger n, BigInteger unit, String name) {
            BigInteger[] parts = n.divideAndRemainder(unit);
            String high = words(parts[0]) + name;
            if (parts[1].signum() == 0) {
                return high;
            }
            // zeros between two digits are read as one 零: the low part starts short, or the high part ends in 0
            boolean zeroBetween = parts[1].compareTo(unit.divide(BigInteger.TEN)) < 0
                    || parts[0].mod(BigInteger.TEN).signum() == 0;
            return high + (zeroBetween ? "零" : "") + words(parts[1]);
        }

        private static String below10000(int n) {
            String[] places = {"仟", "佰", "拾", ""};
            String padded = String.format("%04d", n);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                int d = padded.charAt(i) - '0';
                out.append(d == 0 ? "零" : DIGIT.charAt(d) + places[i]);
            }
            return out.toString().replaceAll("零+", "零").replaceAll("^零|零$", "");
        }
    }
}
