package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class PhoneAndStandardTest {

    @Test
    void acceptsMobilesAndLandlines() {
        assertThat(PhoneNumber.parse("139 0551 2345")).isEqualTo("13905512345");
        assertThat(PhoneNumber.parse("+8613905512345")).isEqualTo("13905512345");
        assertThat(PhoneNumber.parse("0551-62345678")).isEqualTo("0551-62345678");
        assertThat(PhoneNumber.parse("0971-8236852")).isEqualTo("0971-8236852");
        assertThat(PhoneNumber.parse("")).isNull();
    }

    @Test
    void refusesTooShortMobilesWithTheFieldNamed() {
        assertThatThrownBy(() -> PhoneNumber.parse("1390551234")).hasMessageStartingWith("联系电话：");
        assertThatThrownBy(() -> PhoneNumber.parse("12905512345")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void masksPhones() {
        assertThat(PhoneNumber.mask("13905512345")).isEqualTo("139****2345");
    }

    @Test
    void perCapitaIsNetAnnualIncomeOverTwelveMonthsAndPeople() {
        // (24000 − 6000) ÷ 12 ÷ 3 = 500.00
        assertThat(HardshipStandard.perCapitaMonthly(new BigDecimal("24000"), new BigDecimal("6000"), 3))
                .contains(new BigDecimal("500.00"));
        assertThat(HardshipStandard.perCapitaMonthly(new BigDecimal("24000"), null, 0)).isEmpty();
    }

    @Test
    void suggestsDeepBelowTheStandardAndRelativeBelowTwiceIt() {
        BigDecimal standard = new BigDecimal("650");
        assertThat(HardshipStandard.suggest(new BigDecimal("649.99"), standard)).contains(HardshipType.DEEP);
        assertThat(HardshipStandard.suggest(new BigDecimal("650.00"), standard)).contains(HardshipType.RELATIVE);
        assertThat(HardshipStandard.suggest(new BigDecimal("1299.99"), standard)).contains(HardshipType.RELATIVE);
        assertThat(HardshipStandard.suggest(new BigDecimal("1300.00"), standard)).isEmpty();
    }

    @Test
    void enumsAcceptCodeOrChineseLabel() {
        assertThat(CodedEnum.fromText(AssistanceKind.class, "送温暖")).contains(AssistanceKind.WARMTH);
        assertThat(CodedEnum.fromText(AssistanceKind.class, "warmth")).contains(AssistanceKind.WARMTH);
        assertThatThrownBy(() -> CodedEnum.parse(FundSource.class, "资金来源", "银行"))
                .hasMessageContaining("资金来源").hasMessageContaining("银行").hasMessageContaining("全总");
    }
}
