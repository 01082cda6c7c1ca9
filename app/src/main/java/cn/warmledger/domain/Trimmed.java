package cn.warmledger.domain;

/** What the clerk typed in an optional field: stripped, and null when she left it blank (nothing to store). */
public final class Trimmed {
    private Trimmed() {
    }

    public static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
