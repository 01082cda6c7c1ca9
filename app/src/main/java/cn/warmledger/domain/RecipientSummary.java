package cn.warmledger.domain;

import java.time.LocalDate;

/**
 * One row of the register: the recipient with the unit's name and the hardship file's type and status.
 *
 * <p>The register may hold every row of a city (1,000,000, issue 16): the 身份证号 and the phone are kept packed in a
 * {@code long} each ({@link #idNumber()} and {@link #phone()} give the text back) instead of two Strings of ~60 bytes;
 * a value that does not pack (an odd phone, say) is kept as its text in {@code idNumberText} / {@code phoneText}.
 */
public record RecipientSummary(long id, long idNumberKey, String idNumberText, String name, Gender gender,
                               LocalDate birthDate, long phoneKey, String phoneText, String employer,
                               RecipientCategory category, String organizationName, HardshipType hardshipType,
                               FileStatus fileStatus, int version) {

    public RecipientSummary(long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                            String employer, RecipientCategory category, String organizationName,
                            HardshipType hardshipType, FileStatus fileStatus, int version) {
        this(id, packIdNumber(idNumber), packIdNumber(idNumber) == 0 ? idNumber : null, name, gender, birthDate,
                packPhone(phone), packPhone(phone) == 0 ? phone : null, employer, category, organizationName,
                hardshipType, fileStatus, version);
    }

    /** A row not read from the register (version 0). */
    public RecipientSummary(long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                            String employer, RecipientCategory category, String organizationName,
                            HardshipType hardshipType, FileStatus fileStatus) {
        this(id, idNumber, name, gender, birthDate, phone, employer, category, organizationName, hardshipType,
                fileStatus, 0);
    }

    public String idNumber() {
        if (idNumberKey == 0) {
            return idNumberText;
        }
        long v = idNumberKey - 1;
        int check = (int) (v % 11);
        return String.format("%017d", v / 11) + (check == 10 ? "X" : Integer.toString(check));
    }

    public String phone() {
        if (phoneKey == 0) {
            return phoneText;
        }
        long v = phoneKey - 1;
        int length = (int) (v % 32);
        String digits = Long.toString(v / 32);
        return "0".repeat(length - digits.length()) + digits;
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber());
    }

    public String maskedPhone() {
        return PhoneNumber.mask(phone());
    }

    /** 17 digits and a check character (digit or X) as first17 × 11 + check + 1; 0: does not pack. */
    static long packIdNumber(String s) {
        if (s == null || s.length() != 18 || !digits(s, 17)) {
            return 0;
        }
        char c = s.charAt(17);
        int check = c == 'X' ? 10 : c >= '0' && c <= '9' ? c - '0' : -1;
        return check < 0 ? 0 : Long.parseLong(s, 0, 17, 10) * 11 + check + 1;
    }

    /** 1 to 17 digits (leading zeros kept) as value × 32 + length + 1; 0: does not pack (null, other characters). */
    static long packPhone(String s) {
        if (s == null || s.isEmpty() || s.length() > 17 || !digits(s, s.length())) {
            return 0;
        }
        return Long.parseLong(s) * 32 + s.length() + 1;
    }

    private static boolean digits(String s, int n) {
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
