package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrimmedTest {
    @Test
    void typedTextIsStrippedAndABlankFieldIsNothing() {
        assertThat(Trimmed.orNull("  城关镇农机站 ")).isEqualTo("城关镇农机站");
        // the Chinese input method's full-width space counts as blank too
        assertThat(Trimmed.orNull("\u3000张三\u3000")).isEqualTo("张三");
        assertThat(Trimmed.orNull("\u3000 \t")).isNull();
        assertThat(Trimmed.orNull("")).isNull();
        assertThat(Trimmed.orNull(null)).isNull();
    }
}
