package cn.warmledger.service;

/** The keys of the settings table that the code reads (README lists them for `settings set`). */
public final class SettingKeys {
    public static final String ORG_CODE = "org.code";
    public static final String ORG_NAME = "org.name";
    public static final String ORG_PARENT = "org.parent";
    public static final String OPERATOR_NAME = "operator.name";
    public static final String MINIMUM_LIVING_STANDARD = "hardship.minimumLivingStandard";

    private SettingKeys() {
    }
}
