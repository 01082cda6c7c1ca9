package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateTextTest {
    @Test
    void readsTheFormsSpreadsheetsHold() {
        LocalDate d = LocalDate.of(2021, 1, 8);
        assertThat(DateText.parse("日期", "2021.1.8")).isEqualTo(d);
        assertThat(DateText.parse("日期", "2021年1月8日")).isEqualTo(d);
        assertThat(DateText.parse("日期", "2021/01/08")).isEqualTo(d);
        assertThat(DateText.parse("日期", "20210108")).isEqualTo(d);
        assertThat(DateText.parse("日期", "2021-01-08")).isEqualTo(d);
        assertThat(DateText.parse("日期", " ２０２１－１－８ ")).isEqualTo(d);
        assertThat(DateText.parse("日期", "2021/1/8 0:00:00")).isEqualTo(d);
        assertThat(DateText.parse("日期", "44204")).as("Excel serial").isEqualTo(d);
        assertThat(DateText.parse("日期", "44204.0")).isEqualTo(d);
        assertThat(DateText.parse("日期", "  ")).isNull();
    }

    @Test
    void excelSerialsFollowThe1900DateSystem() {
        assertThat(DateText.fromExcelSerial(1)).isEqualTo(LocalDate.of(1900, 1, 1));
        assertThat(DateText.fromExcelSerial(59)).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(DateText.fromExcelSerial(61)).isEqualTo(LocalDate.of(1900, 3, 1));
        assertThat(DateText.fromExcelSerial(22647)).isEqualTo(LocalDate.of(1962, 1, 1));
    }

    @Test
    void refusesWhatIsNoDateNamingTheField() {
        assertThatThrownBy(() -> DateText.parse("出生日期", "2021.13.1")).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("出生日期：“2021.13.1”不是有效日期");
        assertThatThrownBy(() -> DateText.parse("出生日期", "去年")).hasMessageContaining("不是有效日期");
        assertThatThrownBy(() -> DateText.parse("出生日期", "20211301")).hasMessageContaining("不是有效日期");
    }
}
