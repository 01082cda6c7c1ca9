package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfUpToTheFen() {
        assertThat(Money.yuan(new BigDecimal("1.005"))).isEqualByComparingTo("1.01");
        assertThat(Money.yuan(new BigDecimal("1.004"))).isEqualByComparingTo("1.00");
        assertThat(Money.yuan(new BigDecimal("2.5")).scale()).isEqualTo(2);
    }

    @Test
    void convertsToWanWithFourDecimals() {
        assertThat(Money.toWan(new BigDecimal("6579920.00"))).isEqualTo(new BigDecimal("657.9920"));
        assertThat(Money.toWan(new BigDecimal("304852"))).isEqualTo(new BigDecimal("30.4852"));
        assertThat(Money.toWan(new BigDecimal("0.49"))).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void parsesWhatSpreadsheetsHold() {
        assertThat(Money.parse("慰问金", "1,234.50元")).isEqualTo(new BigDecimal("1234.50"));
        assertThat(Money.parse("慰问金", "0.5万元")).isEqualTo(new BigDecimal("5000.00"));
        assertThat(Money.parse("慰问金", "１０００")).isEqualTo(new BigDecimal("1000.00"));
        assertThat(Money.parse("慰问金", "￥800")).isEqualTo(new BigDecimal("800.00"));
    }

    @Test
    void refusesNegativeAmountsFractionsOfAFenAndText() {
        assertThatThrownBy(() -> Money.parse("慰问金", "-100")).hasMessage("慰问金：不能为负数（-100）");
        assertThatThrownBy(() -> Money.parse("慰问金", "10.005")).hasMessageContaining("最多两位小数");
        assertThatThrownBy(() -> Money.parse("慰问金", "一千")).hasMessageContaining("不是有效金额");
        assertThatThrownBy(() -> Money.parse("慰问金", " ")).hasMessageContaining("必填");
    }

    /** Issue 19.5: what a DECIMAL(14,2) column cannot hold is refused by the check, never left to the database. */
    @Test
    void refusesWhatTheMoneyColumnsCannotHold() {
        assertThat(Money.parse("人均月收入", "999,999,999,999.99")).isEqualTo(new BigDecimal("999999999999.99"));
        assertThatThrownBy(() -> Money.parse("人均月收入", "1000000000000"))
                .hasMessage("人均月收入：金额“1000000000000”太大：最多 999999999999.99 元");
        assertThatThrownBy(() -> Money.parse("慰问金", "1e13")).hasMessageContaining("太大");
        assertThatThrownBy(() -> Money.parse("预算", "1亿万元")).hasMessageContaining("不是有效金额");
        assertThatThrownBy(() -> Money.parse("预算", "100000000万元")).hasMessageContaining("太大");
    }

    /** ADR 19-2: one visit's 慰问金 (or 慰问品折价, 慰问标准) above 100,000 元 is refused, naming the ceiling. */
    @Test
    void aVisitAmountAboveTheCeilingIsRefused() {
        assertThat(Money.visitAmount("慰问金", new BigDecimal("100000"), "100000")).isEqualTo(new BigDecimal("100000.00"));
        assertThatThrownBy(() -> Money.visitAmount("慰问金", new BigDecimal("100000.01"), "100000.01"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("慰问金：“100000.01”超过每次慰问的上限 100000 元：请检查是否多写了 0，或把“万元”当成了“元”");
        assertThatThrownBy(() -> Money.visitAmount("慰问金", new BigDecimal("-1"), "-1")).hasMessageContaining("负数");
    }
}
