package cn.warmledger.service.outbox;

import cn.warmledger.domain.SubmissionState;

/**
 * What one pass did to one submission: its state afterwards and, when it was not sent, why. {@code kind} tells a
 * failed attempt from a submission that was not tried at all: no 上报方式 set up yet ({@link Kind#NOT_SET_UP}), or
 * held back because the target had just refused this pass as a whole (a wrong password, throttling:
 * {@link Kind#HELD}).
 */
public record SendOutcome(String submissionId, String title, SubmissionState state, String target, String message,
                          Kind kind) {

    public enum Kind { SENT, FAILED, NOT_SET_UP, HELD }

    /** An attempt: sent, or failed with the message. */
    public SendOutcome(String submissionId, String title, SubmissionState state, String target, String message) {
        this(submissionId, title, state, target, message, state == SubmissionState.SENT ? Kind.SENT : Kind.FAILED);
    }

    public boolean sent() {
        return kind == Kind.SENT;
    }

    /** Tried and not delivered. */
    public boolean failed() {
        return kind == Kind.FAILED;
    }
}
