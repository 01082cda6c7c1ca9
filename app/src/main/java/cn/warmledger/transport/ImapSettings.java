package cn.warmledger.transport;

import java.time.Duration;

import cn.warmledger.domain.EmailSecurity;

/** The county's mailbox that townships send to (汇总 → 收取): IMAP over SSL, STARTTLS or plain. */
public record ImapSettings(String host, int port, EmailSecurity security, String user, String password,
                           String folder, Duration timeout) {

    /** Never shows the password (authorisation code). */
    @Override
    public String toString() {
        return "ImapSettings[" + user + "@" + host + ":" + port + " " + security + " " + folder + "]";
    }
}
