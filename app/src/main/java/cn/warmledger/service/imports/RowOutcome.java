package cn.warmledger.service.imports;

import java.util.List;

import cn.warmledger.domain.Recipient;
import cn.warmledger.excel.importing.RawRow;
import cn.warmledger.service.recipients.RecipientDraft;

/**
 * The verdict on one row: its status, its problems (for REJECTED), and for a valid row the draft to save
 * and the recipient as it will be stored (checked by RecipientService).
 */
public final class RowOutcome {
    private final RawRow raw;
    private RowStatus status;
    private final List<RowProblem> problems;
    private RecipientDraft draft;
    private Recipient recipient;
    private final RowValues values;
    private ImportedVisit visit;
    private final List<RowProblem> warnings = new java.util.ArrayList<>();

    RowOutcome(RawRow raw, RowStatus status, List<RowProblem> problems, RowValues values) {
        this.raw = raw;
        this.status = status;
        this.problems = new java.util.ArrayList<>(problems);
        this.values = values;
    }

    public int rowNumber() {
        return raw.rowNumber();
    }

    public RowStatus status() {
        return status;
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    /** The draft saved for this row (a new recipient, or the existing one with this row laid over it). */
    public RecipientDraft draft() {
        return draft;
    }

    /** The recipient as it will be stored; null unless the row is valid. */
    public Recipient recipient() {
        return recipient;
    }

    /** For a roster row: the visit as it will be stored; null for a recipient list or a refused row. */
    public ImportedVisit visit() {
        return visit;
    }

    /** Things the clerk should know that do not stop the row (a date outside the campaign's period). */
    public List<RowProblem> warnings() {
        return List.copyOf(warnings);
    }

    RawRow raw() {
        return raw;
    }

    RowValues values() {
        return values;
    }

    void addProblem(RowProblem p) {
        problems.add(p);
        status = RowStatus.REJECTED;
    }

    void acceptVisit(RowStatus newStatus, ImportedVisit newVisit) {
        this.status = newStatus;
        this.visit = newVisit;
        this.recipient = newVisit.recipient();
        this.draft = newVisit.newRecipient();
    }

    /** The double-payment guard stopped the row: kept with its visit, reported with why. */
    void holdAsDuplicate(RowProblem why) {
        problems.add(why);
        if (status != RowStatus.REJECTED) {
            status = RowStatus.DUPLICATE_VISIT;
        }
    }

    void addWarning(RowProblem p) {
        warnings.add(p);
    }

    void accept(RowStatus newStatus, RecipientDraft newDraft, Recipient checked) {
        this.status = newStatus;
        this.draft = newDraft;
        this.recipient = checked;
    }
}
