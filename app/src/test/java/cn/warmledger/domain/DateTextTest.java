package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one reader of typed dates: every form a clerk types, and nothing guessed. */
class DateTextTest {
    @ParameterizedTest
    @ValueSource(strings = {"2021-01-08", "2021-1-8", "2021/1/8", "2021/01/08", "2021.1.8", "2021.01.08",
            "2021年1月8日", "2021年01月08日", "2021 年 1 月 8 日", "20210108", " ２０２１－１－８ ", "2021/1/8 0:00:00",
            "2021-01-08 00:00"})
    void readsEveryFormAClerkTypes(String typed) {
        assertThat(DateText.parse("日期", typed)).isEqualTo(LocalDate.of(2021, 1, 8));
    }

    @Test
    void blankIsNoDate() {
        assertThat(DateText.parse("日期", "  ")).isNull();
        assertThat(DateText.parse("日期", null)).isNull();
    }

    @Test
    void leapDaysAreReadOnlyInLeapYears() {
        assertThat(DateText.parse("日期", "2024.2.29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThatThrownBy(() -> DateText.parse("日期", "2023.2.29")).isInstanceOf(InvalidValueException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-30", "2021.13.1", "2021-00-10", "2021-1-32", "20211301", "20210230", "abc",
            "去年", "2021-1", "2021年1月", "21-1-8", "21.1.8", "1/8/2021", "8.1.2021", "2021018", "202118",
            "44204", "0021-01-08", "1899-12-31", "3021-01-08", "2021-01-08x", "2021--01-08"})
    void refusesWhatIsNoDateOrWouldBeAGuessNamingTheField(String typed) {
        assertThatThrownBy(() -> DateText.parse("出生日期", typed)).isInstanceOf(InvalidValueException.class)
                .hasMessage("出生日期：“" + typed.strip() + "”不是有效日期：可写 2021-01-08、2021/1/8、2021.1.8、2021年1月8日 或 20210108")
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("出生日期");
    }

    @Test
    void showsADateInOneForm() {
        assertThat(DateText.format(LocalDate.of(2021, 1, 8))).isEqualTo("2021-01-08");
        assertThat(DateText.format(null)).isEmpty();
        assertThat(DateText.parse("日期", DateText.format(LocalDate.of(1962, 12, 31)))).isEqualTo(LocalDate.of(1962, 12, 31));
    }
}
