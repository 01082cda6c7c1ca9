package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

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
        "-12.30, 负壹拾贰元叁角整"
    })
    void capitals(String amount, String expected) {
        assertThat(ChineseNumerals.yuan(new BigDecimal(amount))).isEqualTo(expected);
    }
}
