package cn.warmledger.domain;

import java.util.regex.Pattern;

/** A mobile number (11 digits, 1[3-9]…) or a landline with area code and optional extension. */
public final class PhoneNumber {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    /** Normalizes (full-width, spaces, +86) and checks; blank stays blank. */
    public static String parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = IdNumber.normalize(raw).replace("－", "-").replace("—", "-");
        if (s.startsWith("+86")) {
            s = s.substring(3);
        }
        if (MOBILE.matcher(s).matches() || LANDLINE.matcher(s).matches()) {
            return s;
        }
        throw new InvalidValueException(Messages.get("field.phone"), Messages.get("phone.invalid", raw.strip()));
    }

    /** 139****5678: the table shows this unless the clerk asks for the whole number. */
    public static String mask(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
