package cn.warmledger.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as spreadsheets hold them: 2021-01-08, 2021.1.8, 2021年1月8日, 2021/01/08, 20210108, or an Excel
 * date serial (days since 1899-12-30 in the 1900 date system, e.g. 44204).
 */
public final class DateText {
    /** 1900-01-01 … 9999-12-31 in Excel's 1900 date system. */
    public static final long MAX_SERIAL = 2_958_465L;
    private static final LocalDate SERIAL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern TIME_OF_DAY = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2})?$");
    private static final Pattern SERIAL = Pattern.compile("\\d{1,7}(\\.0+)?");

    private DateText() {
    }

    /** Parses one of the forms above; blank gives null; anything else is refused with the field named. */
    public static LocalDate parse(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = IdNumber.normalize(TIME_OF_DAY.matcher(raw.strip()).replaceFirst(""));
        Matcher m = SEPARATED.matcher(s);
        if (m.matches()) {
            return of(field, raw, m.group(1), m.group(2), m.group(3));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(field, raw, m.group(1), m.group(2), m.group(3));
        }
        if (SERIAL.matcher(s).matches()) {
            long serial = Long.parseLong(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
            if (serial >= 1 && serial <= MAX_SERIAL) {
                return fromExcelSerial(serial);
            }
        }
        throw new InvalidValueException(field, Messages.get("date.invalid", raw.strip()));
    }

    /**
     * The day of an Excel serial in the 1900 date system. Excel counts a 1900-02-29 that never was, so
     * serials before 61 are one day later than the plain count.
     */
    public static LocalDate fromExcelSerial(long serial) {
        if (serial < 1 || serial > MAX_SERIAL) {
            throw new InvalidValueException("", Messages.get("date.invalid", String.valueOf(serial)));
        }
        return serial < 61 ? SERIAL_EPOCH.plusDays(serial + 1) : SERIAL_EPOCH.plusDays(serial);
    }

    private static LocalDate of(String field, String raw, String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            throw new InvalidValueException(field, Messages.get("date.invalid", raw.strip()));
        }
    }
}
