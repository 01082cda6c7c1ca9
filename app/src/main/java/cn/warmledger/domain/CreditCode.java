package cn.warmledger.domain;

/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 0-9 and A-Z without I, O, Z, S, V; position 1 is
 * the registering authority, 2 the kind, 3-8 the region, 9-17 the organization code (not re-checked by
 * GB 11714 here: codes of 个体工商户 often fail it), 18 a check character: 31 − (Σ value × weight mod 31),
 * with 31 written as 0.
 */
public final class CreditCode {
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Normalizes (full-width, spaces, lower case) and checks; returns the 18-character code. */
    public static String parse(String raw) {
        String field = Messages.get("field.creditCode");
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException(field, Messages.get("error.required"));
        }
        String s = IdNumber.normalize(raw);
        if (s.length() != 18) {
            throw new InvalidValueException(field, Messages.get("creditCode.length", s.length()));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                throw new InvalidValueException(field, Messages.get("creditCode.character", i + 1,
                        String.valueOf(s.charAt(i))));
            }
        }
        char expected = checkChar(s.substring(0, 17));
        if (s.charAt(17) != expected) {
            throw new InvalidValueException(field, Messages.get("creditCode.checksum", String.valueOf(expected)));
        }
        return s;
    }

    static char checkChar(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }
}
