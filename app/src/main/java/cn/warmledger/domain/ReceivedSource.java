package cn.warmledger.domain;

import java.util.Locale;

/**
 * Where a received submission came from (汇总): an IMAP mailbox, a WebDAV folder, a local folder (U盘), or
 * a hand-filled sheet added by the clerk (MANUAL). The first three are the values of {@code collect.source}.
 */
public enum ReceivedSource implements CodedEnum {
    IMAP, WEBDAV, FOLDER, MANUAL;

    /** The value of the setting: imap, webdav, folder. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
