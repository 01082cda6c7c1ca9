package cn.warmledger.transport;

import java.time.Duration;

import cn.warmledger.domain.EmailSecurity;

/** SMTP settings; {@code to} may list several addresses separated by commas. */
public record EmailSettings(String host, int port, EmailSecurity security, String user, String password, String from,
                            String to, Duration timeout) {

    /** Never shows the password (authorisation code). */
    @Override
    public String toString() {
        return "EmailSettings[" + user + "@" + host + ":" + port + " " + security + " → " + to + "]";
    }
}
