package cn.warmledger.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of dates as clerks type them, used by every date field of the window and by the importer's
 * text cells: 2021-01-08, 2021/1/8, 2021.1.8, 2021年1月8日, 20210108 (full-width digits, spaces around the
 * separators and a trailing time of day such as " 0:00:00" are fine). The year comes first with four digits;
 * anything shorter or in another order (21-1-8, 1/8/2021, 2021018) is refused rather than guessed, and so is a
 * day that does not exist (2021-02-30). Excel date serials are not typed text: the importer reads them itself.
 */
public final class DateText {
    /** Years outside this range are typing slips (0021, 3021), not dates of this register. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2999;
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");

    private DateText() {
    }

    /** Parses one of the forms above; blank gives null; anything else is refused with the field named. */
    public static LocalDate parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = IdNumber.normalize(TIME_OF_DAY.matcher(raw.strip()).replaceFirst(""));
        Matcher m = SEPARATED.matcher(s);
        if (!m.matches()) {
            m = COMPACT.matcher(s);
        }
        if (!m.matches()) {
            throw refused(field, raw);
        }
        int year = Integer.parseInt(m.group(1));
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw refused(field, raw);
        }
        try {
            return LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw refused(field, raw);
        }
    }

    /** The one form a date is shown in: 2021-01-08; empty for none. */
    public static String format(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static InvalidValueException refused(String field, String raw) {
        return new InvalidValueException(field, Messages.get("date.invalid", raw.strip()));
    }
}
