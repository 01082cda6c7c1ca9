package cn.warmledger.service.common;

/** The application's version, from the jar manifest (the pom's version) or "dev" in an IDE. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
