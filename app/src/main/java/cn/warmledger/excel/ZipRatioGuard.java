package cn.warmledger.excel;

/**
 * POI refuses an .xlsx part that inflates more than 100-fold (its zip-bomb guard). A genuine workbook trips it
 * too when one cell holds a long run of the same characters (a 32,767-character note of "&"); the clerk is then
 * told exactly that, not that the file is damaged.
 */
public final class ZipRatioGuard {
    private ZipRatioGuard() {
    }

    /** True when POI's guard, not a damaged file, stopped the reading. */
    public static boolean tripped(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("MIN_INFLATE_RATIO"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
