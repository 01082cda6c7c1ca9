package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SubmissionStateTest {
    @Test
    void onlyTheMovesOfTheLifeCycleAreAllowed() {
        assertThat(SubmissionState.PENDING.canMoveTo(SubmissionState.SENDING)).isTrue();
        assertThat(SubmissionState.PENDING.canMoveTo(SubmissionState.SENT)).isFalse();
        assertThat(SubmissionState.SENDING.canMoveTo(SubmissionState.SENT)).isTrue();
        assertThat(SubmissionState.SENDING.canMoveTo(SubmissionState.PENDING)).isTrue();
        assertThat(SubmissionState.SENDING.canWithdraw()).isFalse();
        assertThat(SubmissionState.FAILED.canWithdraw()).isTrue();
        assertThat(SubmissionState.SENT.canWithdraw()).isFalse();
        for (SubmissionState s : SubmissionState.values()) {
            assertThat(SubmissionState.SENT.canMoveTo(s)).isFalse();
            assertThat(SubmissionState.WITHDRAWN.canMoveTo(s)).isFalse();
        }
        assertThatThrownBy(() -> SubmissionState.SENT.checkMoveTo(SubmissionState.PENDING))
                .isInstanceOf(IllegalStateException.class);
        assertThat(SubmissionState.FAILED.label()).isEqualTo("失败");
        assertThat(SubmissionState.PENDING.label()).isEqualTo("待发送");
    }
}
