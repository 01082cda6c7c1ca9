package cn.warmledger.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.warmledger.domain.InvalidValueException;

/** A date of a view model as typed: committed when read, never replaced by today or the day before. */
class DateInputTest {
    @Test
    void aTypedDateIsCommittedAndShownBackInOneForm() {
        DateInput date = new DateInput("慰问日期", true, LocalDate.of(2026, 12, 2));
        List<LocalDate> seen = new ArrayList<>();
        date.valueProperty().addListener((o, a, b) -> seen.add(b));
        date.textProperty().set("2026年12月1日");
        assertThat(date.get()).as("typing alone does not change the value").isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(date.commit()).isTrue();
        assertThat(date.get()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(date.textProperty().get()).isEqualTo("2026-12-01");
        assertThat(seen).containsExactly(LocalDate.of(2026, 12, 1));
    }

    @Test
    void checkedCommitsWhatWasTypedEvenWithoutAnEarlierCommit() {
        DateInput date = new DateInput("慰问日期", true, LocalDate.of(2026, 12, 2));
        date.textProperty().set("20261201");
        assertThat(date.checked()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void unreadableTextStaysIsMarkedAndRefusesTheSave() {
        DateInput date = new DateInput("慰问日期", true, LocalDate.of(2026, 12, 2));
        date.textProperty().set("2021-02-30");
        assertThat(date.commit()).isFalse();
        assertThat(date.textProperty().get()).isEqualTo("2021-02-30");
        assertThat(date.get()).as("never the earlier day").isNull();
        assertThat(date.errorProperty().get()).startsWith("慰问日期：“2021-02-30”不是有效日期");
        assertThatThrownBy(date::checked).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("慰问日期：“2021-02-30”不是有效日期");

        date.textProperty().set("2021-02-2");
        assertThat(date.errorProperty().get()).as("a readable correction clears the mark as it is typed").isEmpty();
        date.textProperty().set("2021-02-28");
        assertThat(date.checked()).isEqualTo(LocalDate.of(2021, 2, 28));
    }

    @Test
    void anEmptiedRequiredDateIsRefusedAndAnOptionalOneIsNull() {
        DateInput required = new DateInput("开始日期", true, LocalDate.of(2021, 1, 8));
        required.textProperty().set(" ");
        assertThatThrownBy(required::checked).hasMessage("开始日期：必填，不能为空");
        assertThat(required.errorProperty().get()).isEqualTo("开始日期：必填，不能为空");
        assertThat(required.get()).isNull();

        DateInput optional = new DateInput("出生日期", false, LocalDate.of(1962, 1, 1));
        optional.textProperty().set("");
        assertThat(optional.checked()).isNull();
        assertThat(optional.errorProperty().get()).isEmpty();
    }

    @Test
    void settingADateReplacesTheTextAndClearsTheMark() {
        DateInput date = new DateInput("到账日期", false, null);
        assertThat(date.textProperty().get()).isEmpty();
        date.textProperty().set("abc");
        date.commit();
        date.set(LocalDate.of(2021, 1, 8));
        assertThat(date.textProperty().get()).isEqualTo("2021-01-08");
        assertThat(date.errorProperty().get()).isEmpty();
        assertThat(date.checked()).isEqualTo(LocalDate.of(2021, 1, 8));
    }
}
