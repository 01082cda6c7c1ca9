package cn.warmledger.domain;

/**
 * What the register shows: free text, filters (null = any), the order, and which rows of the result (a page).
 * Text with letters matches any part of the name or the 工作单位; a number (digits, X, -) matches the start of the
 * 身份证号 or the phone number, which their indexes serve ({@code numbersAnywhere}: any part of them). {@code deleted}
 * selects the 回收站 instead of the register.
 */
public record RecipientQuery(String text, RecipientCategory category, HardshipType hardshipType, FileStatus fileStatus,
                             Long organizationId, boolean deleted, int limit, int offset, RecipientSort sort,
                             boolean descending, boolean numbersAnywhere) {
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public RecipientQuery {
        sort = sort == null ? RecipientSort.NEWEST : sort;
        offset = Math.max(0, offset);
    }

    /** The first {@code limit} rows, newest first. */
    public RecipientQuery(String text, RecipientCategory category, HardshipType hardshipType, FileStatus fileStatus,
                          Long organizationId, boolean deleted, int limit) {
        this(text, category, hardshipType, fileStatus, organizationId, deleted, limit, 0, RecipientSort.NEWEST, false,
                false);
    }

    public static RecipientQuery all() {
        return new RecipientQuery(null, null, null, null, null, false, NO_LIMIT);
    }

    public static RecipientQuery recycleBin() {
        return new RecipientQuery(null, null, null, null, null, true, NO_LIMIT);
    }

    public RecipientQuery withText(String newText) {
        return new RecipientQuery(newText, category, hardshipType, fileStatus, organizationId, deleted, limit, offset,
                sort, descending, numbersAnywhere);
    }

    /** Rows {@code from} to {@code from + size - 1} of the same result. */
    public RecipientQuery page(int from, int size) {
        return new RecipientQuery(text, category, hardshipType, fileStatus, organizationId, deleted, size, from, sort,
                descending, numbersAnywhere);
    }

    public RecipientQuery sortedBy(RecipientSort newSort, boolean newDescending) {
        return new RecipientQuery(text, category, hardshipType, fileStatus, organizationId, deleted, limit, offset,
                newSort, newDescending, numbersAnywhere);
    }

    /**
     * A number matches anywhere in the 身份证号 or phone (the birth date in the middle, say), not only at the start:
     * for a short list of matches (the visit form's chooser), where no count over the register is needed.
     */
    public RecipientQuery matchingNumbersAnywhere() {
        return new RecipientQuery(text, category, hardshipType, fileStatus, organizationId, deleted, limit, offset, sort,
                descending, true);
    }

    /**
     * Whether the (normalised) text is a number to match at the start of 身份证号 or phone — digits, with X (the
     * check character) or - (an area code) — not a name.
     */
    public static boolean isNumberText(String text) {
        return text != null && !text.isEmpty() && Character.isDigit(text.charAt(0))
                && text.chars().allMatch(c -> c >= '0' && c <= '9' || c == 'X' || c == '-');
    }
}
