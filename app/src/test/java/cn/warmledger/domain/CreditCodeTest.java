package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CreditCodeTest {
    @Test
    void acceptsTheStandardsExampleAndRealCodesNormalizingTheirSpelling() {
        assertThat(CreditCode.parse("91350100M000100Y43")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.parse("91110000600037341L")).isEqualTo("91110000600037341L");
        assertThat(CreditCode.parse(" 91110000 600037341l ")).isEqualTo("91110000600037341L");
        assertThat(CreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３")).isEqualTo("91350100M000100Y43");
    }

    @Test
    void aCheckValueOf31IsWrittenAsZero() {
        // every 17-character body has exactly one check character, and it is always in the alphabet
        for (String body : List.of("91340102MA2N0AB1C", "12100000400000624", "Y1110108MA0000000")) {
            char c = CreditCode.checkChar(body);
            assertThat(CreditCode.ALPHABET).contains(String.valueOf(c));
            assertThat(CreditCode.parse(body + c)).isEqualTo(body + c);
        }
    }

    @Test
    void refusesWrongLengthForbiddenLettersAndAWrongCheckCharacterNamingTheRightOne() {
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y4")).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("统一社会信用代码").hasMessageContaining("17 位");
        assertThatThrownBy(() -> CreditCode.parse("91350100M000I00Y43")).hasMessageContaining("第 13 位“I”");
        assertThatThrownBy(() -> CreditCode.parse("91350100M000100Y44")).hasMessageContaining("GB 32100")
                .hasMessageContaining("应为 3");
        assertThatThrownBy(() -> CreditCode.parse("")).hasMessageContaining("必填");
    }

    @Test
    void standardsPickTheHardshipTypeLineAndFallBackToTheCategoryLine() {
        CampaignStandards s = new CampaignStandards(List.of(
                new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP, new BigDecimal("1000")),
                new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, null, new BigDecimal("600")),
                new CampaignStandard(RecipientCategory.MODEL_WORKER, null, new BigDecimal("500"))));
        assertThat(s.amountFor(RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP)).contains(new BigDecimal("1000"));
        assertThat(s.amountFor(RecipientCategory.HARDSHIP_WORKER, HardshipType.ACCIDENT)).contains(new BigDecimal("600"));
        assertThat(s.amountFor(RecipientCategory.HARDSHIP_WORKER, null)).contains(new BigDecimal("600"));
        assertThat(s.amountFor(RecipientCategory.MODEL_WORKER, HardshipType.DEEP)).contains(new BigDecimal("500"));
        assertThat(s.amountFor(RecipientCategory.MIGRANT_WORKER, null)).isEmpty();
    }
}
