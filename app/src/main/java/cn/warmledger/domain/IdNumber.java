package cn.warmledger.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd = male),
 * and an ISO 7064 MOD 11-2 check character. Fifteen-digit numbers (pre-1999) are converted.
 */
public final class IdNumber {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private final String value;

    private IdNumber(String value) {
        this.value = value;
    }

    /** Parses and checks a typed or imported number; refuses it with a Chinese reason. */
    public static IdNumber parse(String raw) {
        String field = Messages.get("field.idNumber");
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, Messages.get("idNumber.empty"));
        }
        String s = normalize(raw);
        if (s.matches("\\d(\\.\\d+)?E\\+?\\d+")) {
            throw new InvalidValueException(field, Messages.get("idNumber.scientific", s));
        }
        if (s.length() == 15) {
            if (!s.matches("\\d{15}")) {
                throw new InvalidValueException(field, Messages.get("idNumber.characters"));
            }
            String body = s.substring(0, 6) + "19" + s.substring(6);
            s = body + checkChar(body);
        }
        if (s.length() != 18) {
            throw new InvalidValueException(field, Messages.get("idNumber.length", s.length()));
        }
        if (!s.matches("\\d{17}[\\dX]")) {
            throw new InvalidValueException(field, Messages.get("idNumber.characters"));
        }
        if (!PROVINCES.contains(s.substring(0, 2))) {
            throw new InvalidValueException(field, Messages.get("idNumber.region", s.substring(0, 2)));
        }
        LocalDate birth = birthDateOf(s);
        if (birth.isAfter(LocalDate.now())) {
            throw new InvalidValueException(field, Messages.get("idNumber.future", birth.toString()));
        }
        char expected = checkChar(s.substring(0, 17));
        if (s.charAt(17) != expected) {
            throw new InvalidValueException(field, Messages.get("idNumber.checksum", String.valueOf(expected)));
        }
        return new IdNumber(s);
    }

    /** The reason a number would be refused, or empty when it is valid. */
    public static Optional<String> problemWith(String raw) {
        try {
            parse(raw);
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.of(e.reason());
        }
    }

    /**
     * Full-width digits and letters become half-width, spaces anywhere go, a lower-case x becomes X:
     * the forms real spreadsheets hold.
     */
    public static String normalize(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (char c : raw.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(c);
        }
        return b.toString().toUpperCase();
    }

    /** The whole 18-character number for its first 17 digits (region, birth date, sequence). */
    public static IdNumber withCheckChar(String first17) {
        if (first17 == null || !first17.matches("\\d{17}")) {
            throw new InvalidValueException(Messages.get("field.idNumber"), Messages.get("idNumber.characters"));
        }
        return parse(first17 + checkChar(first17));
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static LocalDate birthDateOf(String s) {
        String digits = s.substring(6, 14);
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(digits.substring(0, 4)),
                    Integer.parseInt(digits.substring(4, 6)), Integer.parseInt(digits.substring(6, 8)));
            if (d.getYear() < 1800) {
                throw new DateTimeException("before 1800");
            }
            return d;
        } catch (DateTimeException e) {
            throw new InvalidValueException(Messages.get("field.idNumber"), Messages.get("idNumber.date", digits));
        }
    }

    public String value() {
        return value;
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** 340102********1234: enough to tell people apart on paper, not enough to misuse. */
    public String masked() {
        return mask(value);
    }

    public static String mask(String value) {
        if (value == null || value.length() < 10) {
            return value;
        }
        return value.substring(0, 6) + "*".repeat(value.length() - 10) + value.substring(value.length() - 4);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Masked on purpose: an IdNumber that ends up in a log or a message does not leak. */
    @Override
    public String toString() {
        return masked();
    }
}
