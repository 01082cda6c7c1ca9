package cn.warmledger.service;

import cn.warmledger.domain.SubmissionState;

/** What one attempt did to one submission: its state afterwards and, when it failed, why. */
public record SendOutcome(String submissionId, String title, SubmissionState state, String target, String message) {
    public boolean failed() {
        return state != SubmissionState.SENT;
    }
}
