package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.warmledger.TestIds;

class IdNumberTest {

    @Test
    void acceptsTheStandardsExampleWithCheckCharacterX() {
        IdNumber id = IdNumber.parse(TestIds.X_CHECKSUM);
        assertThat(id.value()).isEqualTo("11010519491231002X");
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
    }

    @Test
    void derivesMaleFromAnOddSequenceDigit() {
        IdNumber id = IdNumber.parse(TestIds.MALE_1980);
        assertThat(id.gender()).isEqualTo(Gender.MALE);
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1980, 1, 1));
    }

    @Test
    void convertsAFifteenDigitNumberTo18WithItsCheckCharacter() {
        assertThat(IdNumber.parse(TestIds.OLD_15).value()).isEqualTo(TestIds.X_CHECKSUM);
    }

    @Test
    void normalizesLowerCaseXFullWidthDigitsAndSpaces() {
        assertThat(IdNumber.parse(" 110105 19491231 002x ").value()).isEqualTo(TestIds.X_CHECKSUM);
        assertThat(IdNumber.parse("３４０１０２１９８００１０１１２３１").value()).isEqualTo(TestIds.MALE_1980);
    }

    @Test
    void refusesAWrongCheckCharacterAndSaysWhichItShouldBe() {
        assertThatThrownBy(() -> IdNumber.parse("340102198001011232"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("身份证号")
                .hasMessageContaining("校验位")
                .hasMessageContaining("应为 1");
    }

    @Test
    void refusesAnImpossibleBirthDate() {
        // 1980-02-30 with a check character that is right for these digits: the date alone is wrong
        String body = "34010219800230123";
        String id = body + IdNumber.checkChar(body);
        assertThatThrownBy(() -> IdNumber.parse(id)).hasMessageContaining("19800230").hasMessageContaining("不是有效日期");
    }

    @Test
    void refusesWrongLengthLettersAndUnknownProvince() {
        assertThat(IdNumber.problemWith("3401021980010112")).get().asString().contains("16 位");
        assertThat(IdNumber.problemWith("34010219800101123A")).get().asString().contains("只能由数字组成");
        String body = "99010219800101123";
        assertThat(IdNumber.problemWith(body + IdNumber.checkChar(body))).get().asString().contains("99");
        assertThat(IdNumber.problemWith("")).get().asString().contains("未填写");
    }

    @Test
    void explainsANumberThatExcelTurnedIntoScientificNotation() {
        assertThat(IdNumber.problemWith("3.40102E+17")).get().asString().contains("文本");
    }

    @Test
    void masksTheMiddleDigits() {
        assertThat(IdNumber.parse(TestIds.MALE_1980).masked()).isEqualTo("340102********1231");
        assertThat(IdNumber.parse(TestIds.MALE_1980).toString()).doesNotContain("19800101");
    }
}
