package cn.warmledger.service.visits;

import java.util.List;
import java.util.function.Supplier;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.persistence.GuardConflictException;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.persistence.VisitRepository;

/**
 * The double-payment guard: a second visit of the same kind (帮扶类别) to the same recipient in one campaign needs
 * a reason; and the transaction every save runs in, tried again when the guard's unique index kept a visit out.
 */
final class DoublePaymentGuard {
    /** How often a save kept out by the guard's unique index is run again (see {@link #inTransaction}). */
    private static final int GUARD_TRIES = 5;
    private final VisitRepository visits;
    private final Transactor tx;

    DoublePaymentGuard(VisitRepository visits, Transactor tx) {
        this.visits = visits;
        this.tx = tx;
    }

    /** Refuses {@code v} with {@link DuplicateVisitException} when a same-kind visit exists and no reason is given. */
    void check(Visit v, String reason) {
        if (v.campaignId() == null) {
            return;
        }
        if (!visits.anySameKind(v.recipientId(), v.campaignId(), v.assistanceKind(), v.id())) {
            return;
        }
        List<VisitSummary> earlier = visits.sameKind(v.recipientId(), v.campaignId(), v.assistanceKind(), v.id());
        if (!earlier.isEmpty() && (reason == null || reason.isBlank())) {
            throw new DuplicateVisitException(earlier);
        }
    }

    /** What the double-payment guard compares: recipient, campaign, 帮扶类别; null when there is no campaign. */
    static List<Object> key(Visit v) {
        return v.campaignId() == null ? null : List.of(v.recipientId(), v.campaignId(), v.assistanceKind().code());
    }

    /** A batch line's problem when the recipient had a visit of this kind in the campaign; null when none. */
    static String earlierProblem(List<VisitSummary> earlier) {
        if (earlier.isEmpty()) {
            return null;
        }
        VisitSummary v = earlier.get(0);
        return Messages.get("batch.alreadyVisited", v.visitedOn().toString(), v.cash().toPlainString());
    }

    /**
     * Runs a save in one transaction and, when the guard's unique index kept a visit out (another clerk saved the same
     * reason-less one at that moment), runs it again: its own check then sees the visit that got in and refuses as
     * the guard does (asking for a reason), or the line is refused in a batch. A few tries, a moment apart: an
     * engine may report the clash before the other transaction has committed.
     */
    <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.inTransaction(work);
            } catch (GuardConflictException e) {
                if (attempt == GUARD_TRIES) {
                    throw new InvalidValueException(Messages.get("field.duplicateReason"),
                            Messages.get("visit.duplicateMeanwhile"));
                }
                pause(attempt * 20L);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while saving", e);
        }
    }
}
