package cn.warmledger.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life cycle of a submission in the outbox (上报): 待发送 → 发送中 → 已发送, or 失败 with the reason,
 * or 已撤回 before it was sent. Moves are compare-and-set in the database: a move happens only from the
 * state the mover saw, so two senders can never both take one submission.
 */
public enum SubmissionState implements CodedEnum {
    /** 待发送: waiting for its turn (or for the next attempt after a failure that retrying can fix). */
    PENDING,
    /** 发送中: taken by a sender; a crash leaves it here, and the next start puts it back to PENDING. */
    SENDING,
    /** 已发送: the target confirmed it; final. */
    SENT,
    /** 失败: the last attempt failed; the reason says whether retrying can help. */
    FAILED,
    /** 已撤回: taken back before it was sent; final. */
    WITHDRAWN;

    private Set<SubmissionState> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(SENDING, WITHDRAWN);
            case SENDING -> EnumSet.of(SENT, FAILED, PENDING);
            case FAILED -> EnumSet.of(SENDING, PENDING, WITHDRAWN);
            case SENT, WITHDRAWN -> EnumSet.noneOf(SubmissionState.class);
        };
    }

    public boolean canMoveTo(SubmissionState to) {
        return next().contains(to);
    }

    /** Refuses a move the life cycle does not have (a programming error, not bad input). */
    public void checkMoveTo(SubmissionState to) {
        if (!canMoveTo(to)) {
            throw new IllegalStateException("submission cannot move from " + this + " to " + to);
        }
    }

    /** Not yet delivered and not taken back: counted in the status bar's 待上报 N. */
    public boolean isOutstanding() {
        return this == PENDING || this == SENDING || this == FAILED;
    }

    public boolean canWithdraw() {
        return canMoveTo(WITHDRAWN);
    }
}
