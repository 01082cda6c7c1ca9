package cn.warmledger.service.imports;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.warmledger.domain.IdNumber;

/**
 * Excel's date serials (days since 1899-12-30 in the 1900 date system, e.g. 44204 = 2021-01-08): what a date
 * cell holds when a sheet lost its date format or a CSV was saved from one. Only the importer meets them; a
 * typed date goes through {@link cn.warmledger.domain.DateText}.
 */
final class ExcelSerial {
    /** 1900-01-01 … 9999-12-31 in Excel's 1900 date system. */
    static final long MAX = 2_958_465L;
    private static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    /** A serial written as text: up to five digits (year 2173), so a typed 8-digit 20210108 is never one. */
    private static final Pattern AS_TEXT = Pattern.compile("\\d{1,5}(\\.0+)?");

    private ExcelSerial() {
    }

    /** A whole number in a number cell that is a serial rather than a compact date like 20210108. */
    static boolean isSerial(long n) {
        return n >= 1 && n <= MAX && String.valueOf(n).length() != 8;
    }

    /** The day of a serial written as text ("44204", "44204.0"), if the text is one. */
    static Optional<LocalDate> fromText(String text) {
        String s = text == null ? "" : IdNumber.normalize(text.strip());
        if (!AS_TEXT.matcher(s).matches()) {
            return Optional.empty();
        }
        long n = Long.parseLong(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
        return n >= 1 ? Optional.of(toDate(n)) : Optional.empty();
    }

    /**
     * The day of a serial in the 1900 date system. Excel counts a 1900-02-29 that never was, so serials
     * before 61 are one day later than the plain count.
     */
    static LocalDate toDate(long serial) {
        if (serial < 1 || serial > MAX) {
            throw new IllegalArgumentException("not an Excel date serial: " + serial);
        }
        return serial < 61 ? EPOCH.plusDays(serial + 1) : EPOCH.plusDays(serial);
    }
}
