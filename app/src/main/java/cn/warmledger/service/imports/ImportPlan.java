package cn.warmledger.service.imports;

import java.util.List;

/**
 * The sheet checked row by row, before anything is written: what each row will become, every problem
 * (row, column, reason) and every skipped row said out loud.
 */
public final class ImportPlan {
    private final LoadedSheet sheet;
    private final int headerRow;
    private final ColumnMapping mapping;
    private final List<RowOutcome> rows;
    private final Long campaignId;

    ImportPlan(LoadedSheet sheet, int headerRow, ColumnMapping mapping, List<RowOutcome> rows) {
        this(sheet, headerRow, mapping, rows, null);
    }

    ImportPlan(LoadedSheet sheet, int headerRow, ColumnMapping mapping, List<RowOutcome> rows, Long campaignId) {
        this.campaignId = campaignId;
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.mapping = mapping;
        this.rows = List.copyOf(rows);
    }

    /** The campaign a roster's visits go to; null for a recipient list. */
    public Long campaignId() {
        return campaignId;
    }

    public LoadedSheet sheet() {
        return sheet;
    }

    public int headerRow() {
        return headerRow;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** Every row below the header, blank ones included. */
    public List<RowOutcome> rows() {
        return rows;
    }

    public List<RowOutcome> rows(RowStatus status) {
        return rows.stream().filter(r -> r.status() == status).toList();
    }

    public int count(RowStatus status) {
        return (int) rows.stream().filter(r -> r.status() == status).count();
    }

    /** The problems of the refused rows, in row order. */
    public List<RowProblem> problems() {
        return rows.stream().filter(r -> r.status() == RowStatus.REJECTED).flatMap(r -> r.problems().stream()).toList();
    }

    /** {@link #warnings(DuplicateChoice)} with the default choice: registered people are skipped. */
    public List<RowProblem> warnings() {
        return warnings(DuplicateChoice.SKIP);
    }

    /**
     * What the clerk should know about rows that go in (a date outside the campaign's period, 性别 or 出生日期
     * taken from the 身份证号), in row order. A refused row's are left out: it is not imported as it is; so are those
     * of a row whose person is in the register already when {@code choice} skips them: nothing of it goes in.
     */
    public List<RowProblem> warnings(DuplicateChoice choice) {
        return rows.stream().filter(r -> r.status() != RowStatus.REJECTED
                        && !(r.status() == RowStatus.EXISTING && choice == DuplicateChoice.SKIP))
                .flatMap(r -> r.warnings().stream()).toList();
    }

    /** {@link #notices(DuplicateChoice)} with the default choice: registered people are skipped. */
    public List<RowProblem> notices() {
        return notices(DuplicateChoice.SKIP);
    }

    /** Rows skipped on purpose (合计, what follows it, a repeated header), each with why; then the warnings. */
    public List<RowProblem> notices(DuplicateChoice choice) {
        List<RowProblem> skipped = rows.stream().filter(r -> r.status() == RowStatus.TOTAL
                || r.status() == RowStatus.AFTER_TOTAL || r.status() == RowStatus.REPEATED_HEADER)
                .flatMap(r -> r.problems().stream()).toList();
        List<RowProblem> warned = warnings(choice);
        if (warned.isEmpty()) {
            return skipped;
        }
        List<RowProblem> all = new java.util.ArrayList<>(skipped);
        all.addAll(warned);
        return all;
    }

    /** Rows the double-payment guard stopped, each with why (a roster only). */
    public List<RowProblem> duplicates() {
        return rows.stream().filter(r -> r.status() == RowStatus.DUPLICATE_VISIT).flatMap(r -> r.problems().stream())
                .toList();
    }

    /** The first valid rows (and, for a roster, the rows the guard holds), as they will be stored. */
    public List<RowOutcome> preview(int limit) {
        return rows.stream().filter(r -> r.status() == RowStatus.NEW || r.status() == RowStatus.EXISTING
                || r.status() == RowStatus.VISIT || r.status() == RowStatus.VISIT_NEW_RECIPIENT
                || r.status() == RowStatus.DUPLICATE_VISIT).limit(limit).toList();
    }
}
