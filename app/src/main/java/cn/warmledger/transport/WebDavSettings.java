package cn.warmledger.transport;

import java.time.Duration;

/** WebDAV settings: the folder URL submissions go under (each 单位 gets a folder inside it). */
public record WebDavSettings(String url, String user, String password, Duration timeout) {

    /** Never shows the password. */
    @Override
    public String toString() {
        return "WebDavSettings[" + user + " " + url + "]";
    }
}
