package cn.warmledger.domain;

/**
 * What the register shows: free text over name, 身份证号, phone and employer, plus filters (null = any).
 * {@code deleted} selects the 回收站 instead of the register.
 */
public record RecipientQuery(String text, RecipientCategory category, HardshipType hardshipType, FileStatus fileStatus,
                             Long organizationId, boolean deleted, int limit) {
    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public static RecipientQuery all() {
        return new RecipientQuery(null, null, null, null, null, false, NO_LIMIT);
    }

    public static RecipientQuery recycleBin() {
        return new RecipientQuery(null, null, null, null, null, true, NO_LIMIT);
    }

    public RecipientQuery withText(String newText) {
        return new RecipientQuery(newText, category, hardshipType, fileStatus, organizationId, deleted, limit);
    }
}
