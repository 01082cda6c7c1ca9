package cn.warmledger.domain;

import java.util.Locale;

/** How submissions go upward (设置 → 上报方式); stored in {@code sync.transport} in lower case. */
public enum TransportKind implements CodedEnum {
    EMAIL, WEBDAV, FOLDER;

    /** The value of the setting: email, webdav, folder. */
    public String settingValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
