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
}
