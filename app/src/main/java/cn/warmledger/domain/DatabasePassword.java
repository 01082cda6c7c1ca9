package cn.warmledger.domain;

import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The password that unlocks (encrypts) the database file. Held as characters, never as a String, never
 * printed: {@link #toString()} shows stars. {@link #clear()} wipes it when the caller is done.
 */
public final class DatabasePassword {
    /** Shorter passwords are refused when a password is set or changed. */
    public static final int MINIMUM_LENGTH = 8;

    private final char[] chars;

    private DatabasePassword(char[] chars) {
        this.chars = chars;
    }

    /** Copies the characters; the caller may wipe its own array afterwards. */
    public static DatabasePassword of(char[] chars) {
        if (chars == null || chars.length == 0) {
            throw new InvalidValueException(Messages.get("field.password"), Messages.get("error.required"));
        }
        return new DatabasePassword(chars.clone());
    }

    /** For the command line's environment variable and password file, which arrive as text. */
    public static DatabasePassword of(CharSequence text) {
        char[] c = new char[text.length()];
        for (int i = 0; i < c.length; i++) {
            c[i] = text.charAt(i);
        }
        return of(c);
    }

    /** A copy of the characters, for the one place that hands them to the database. */
    public char[] chars() {
        return chars.clone();
    }

    public int length() {
        return chars.length;
    }

    /** Refuses a new password that is too weak to protect personal data on a shared or lost PC. */
    public void checkStrongEnough() {
        Strength s = strength();
        if (s == Strength.TOO_WEAK) {
            throw new InvalidValueException(Messages.get("field.password"),
                    Messages.get("password.tooWeak", MINIMUM_LENGTH));
        }
        if (s == Strength.WEAK) {
            throw new InvalidValueException(Messages.get("field.password"), Messages.get("password.oneKind"));
        }
    }

    /** A hint for the clerk while typing: length and the kinds of characters used. */
    public Strength strength() {
        if (chars.length < MINIMUM_LENGTH) {
            return Strength.TOO_WEAK;
        }
        boolean digit = false;
        boolean lower = false;
        boolean upper = false;
        boolean other = false;
        for (char c : chars) {
            if (Character.isDigit(c)) {
                digit = true;
            } else if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else {
                other = true;
            }
        }
        int kinds = (digit ? 1 : 0) + (lower ? 1 : 0) + (upper ? 1 : 0) + (other ? 1 : 0);
        if (kinds >= 3 && chars.length >= 12) {
            return Strength.STRONG;
        }
        return kinds >= 2 ? Strength.FAIR : Strength.WEAK;
    }

    /** Compares in constant time. */
    public boolean matches(DatabasePassword other) {
        if (other == null) {
            return false;
        }
        return MessageDigest.isEqual(utf8(chars), utf8(other.chars));
    }

    private static byte[] utf8(char[] c) {
        java.nio.ByteBuffer b = StandardCharsets.UTF_8.encode(CharBuffer.wrap(c));
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        return bytes;
    }

    /** Overwrites the characters. */
    public void clear() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "********";
    }

    /**
     * How hard the password is to guess; shown as a hint while typing. A new password must be at least FAIR:
     * {@value #MINIMUM_LENGTH} characters of at least two kinds (digits, lower case, upper case, others such as
     * symbols or Chinese characters); docs/decisions/19-1.
     */
    public enum Strength implements CodedEnum {
        TOO_WEAK, WEAK, FAIR, STRONG
    }
}
