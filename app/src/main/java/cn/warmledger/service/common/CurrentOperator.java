package cn.warmledger.service.common;

/** Who is making changes in this session; every write records this name. One instance per application. */
public final class CurrentOperator {
    private volatile String name;

    public CurrentOperator(String name) {
        this.name = name;
    }

    public String name() {
        return name == null || name.isBlank() ? "system" : name;
    }

    /** The signed-in name, empty before anyone signed in (then changes are recorded as "system"). */
    public java.util.Optional<String> signedIn() {
        return name == null || name.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(name);
    }

    public void signIn(String operatorName) {
        this.name = operatorName;
    }
}
