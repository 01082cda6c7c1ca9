package cn.warmledger.domain;

import java.util.Locale;

/**
 * How the connection to the mail server is encrypted: SSL from the first byte (port 465), STARTTLS
 * after the greeting (port 587, required: never falls back to plain text), or none (only for a relay
 * inside the office network). Stored in {@code sync.email.security} in lower case.
 */
public enum EmailSecurity implements CodedEnum {
    SSL, STARTTLS, NONE;

    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
