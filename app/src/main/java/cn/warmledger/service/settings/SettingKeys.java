package cn.warmledger.service.settings;

/** The keys of the settings table that the code reads (README lists them for `settings set`). */
public final class SettingKeys {
    public static final String ORG_CODE = "org.code";
    public static final String ORG_NAME = "org.name";
    public static final String ORG_PARENT = "org.parent";
    /** 本单位's 联系电话, printed on every table (kept on the 本单位 organization row too). */
    public static final String ORG_PHONE = "org.phone";
    /** 填报人 printed on the tables; blank: the signed-in operator. */
    public static final String ORG_PREPARER = "org.preparer";
    public static final String OPERATOR_NAME = "operator.name";
    public static final String MINIMUM_LIVING_STANDARD = "hardship.minimumLivingStandard";
    public static final String SYNC_TRANSPORT = "sync.transport";
    public static final String EMAIL_HOST = "sync.email.host";
    public static final String EMAIL_PORT = "sync.email.port";
    public static final String EMAIL_SECURITY = "sync.email.security";
    public static final String EMAIL_USER = "sync.email.user";
    public static final String EMAIL_PASSWORD = "sync.email.password";
    public static final String EMAIL_FROM = "sync.email.from";
    public static final String EMAIL_TO = "sync.email.to";
    public static final String WEBDAV_URL = "sync.webdav.url";
    public static final String WEBDAV_USER = "sync.webdav.user";
    public static final String WEBDAV_PASSWORD = "sync.webdav.password";
    public static final String FOLDER_PATH = "sync.folder.path";
    /** 汇总 (issue 7): where the county collects its 下级单位's submissions from. */
    public static final String COLLECT_SOURCE = "collect.source";
    public static final String COLLECT_IMAP_HOST = "collect.imap.host";
    public static final String COLLECT_IMAP_PORT = "collect.imap.port";
    public static final String COLLECT_IMAP_SECURITY = "collect.imap.security";
    public static final String COLLECT_IMAP_USER = "collect.imap.user";
    public static final String COLLECT_IMAP_PASSWORD = "collect.imap.password";
    public static final String COLLECT_IMAP_FOLDER = "collect.imap.folder";
    public static final String COLLECT_WEBDAV_URL = "collect.webdav.url";
    public static final String COLLECT_WEBDAV_USER = "collect.webdav.user";
    public static final String COLLECT_WEBDAV_PASSWORD = "collect.webdav.password";
    public static final String COLLECT_FOLDER_PATH = "collect.folder.path";

    private SettingKeys() {
    }
}
