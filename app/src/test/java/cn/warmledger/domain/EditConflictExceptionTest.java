package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class EditConflictExceptionTest {
    static final LocalDate TODAY = LocalDate.of(2021, 1, 8);

    @Test
    void aChangeOfTodayNamesTheTimeAnEarlierOneTheDateToo() {
        assertThat(new EditConflictException("张三", LocalDateTime.of(2021, 1, 8, 10, 32, 59), false, TODAY))
                .hasMessage("已被 张三 于 10:32 修改，请刷新后再改");
        assertThat(new EditConflictException("张三", LocalDateTime.of(2021, 1, 7, 16, 5), false, TODAY))
                .hasMessage("已被 张三 于 2021-01-07 16:05 修改，请刷新后再改");
        assertThat(new EditConflictException("李四", LocalDateTime.of(2021, 1, 8, 9, 0), true, TODAY))
                .hasMessage("已被 李四 于 09:00 删除，请刷新后再改");
    }

    @Test
    void anUnknownAuthorOrAGoneRowStillSaysWhatToDo() {
        assertThat(new EditConflictException(null, LocalDateTime.of(2021, 1, 8, 10, 32), false, TODAY))
                .hasMessage("已被其他人修改，请刷新后再改");
        assertThat(EditConflictException.gone()).hasMessageContaining("已不存在").hasMessageContaining("刷新");
    }
}
