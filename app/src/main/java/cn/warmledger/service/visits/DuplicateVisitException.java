package cn.warmledger.service.visits;

import java.util.List;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.VisitSummary;

/**
 * The double-payment guard: the recipient already had a visit of this assistance kind in this campaign.
 * Saving again needs an explicit confirmation with a reason ({@link VisitDraft#duplicateReason()}).
 */
public final class DuplicateVisitException extends InvalidValueException {
    private final transient List<VisitSummary> earlier;

    public DuplicateVisitException(List<VisitSummary> earlier) {
        super(Messages.get("field.duplicateReason"), Messages.get("visit.duplicate", earlier.get(0).recipientName(),
                earlier.get(0).assistanceKind().label(), describe(earlier)));
        this.earlier = List.copyOf(earlier);
    }

    private static String describe(List<VisitSummary> earlier) {
        return String.join("；", earlier.stream().map(v -> Messages.get("visit.duplicateEntry",
                v.visitedOn().toString(), v.cash().toPlainString(), v.visitors() == null ? "" : v.visitors()))
                .toList());
    }

    public List<VisitSummary> earlier() {
        return earlier;
    }
}
