package cn.warmledger.ui.settings;

import cn.warmledger.ui.common.Texts;

/**
 * The mailboxes clerks use most, for 上报方式 (sending: SMTP over SSL on 465) and 收取方式 (collecting: IMAP over SSL
 * on 993); the password is the mailbox's 授权码, not the web login's.
 */
public enum MailPreset {
    QQ("smtp.qq.com", "imap.qq.com"), NETEASE_163("smtp.163.com", "imap.163.com");

    static final String SMTP_SSL_PORT = "465";
    static final String IMAP_SSL_PORT = "993";
    private final String smtpHost;
    private final String imapHost;

    MailPreset(String smtpHost, String imapHost) {
        this.smtpHost = smtpHost;
        this.imapHost = imapHost;
    }

    String smtpHost() {
        return smtpHost;
    }

    String imapHost() {
        return imapHost;
    }

    public String label() {
        return Texts.get("syncSettings.preset." + name());
    }
}
