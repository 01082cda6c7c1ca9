package cn.warmledger.service.common;

/** Who is making changes in this session; every write records this name. One instance per application. */
public final class CurrentOperator {
    private volatile String name;
    /** True when the name was checked against an administrator's account on the shared server (issue 18). */
    private volatile boolean administrator;
    private volatile boolean account;

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
        this.account = false;
        this.administrator = false;
    }

    /** Signed in with an operator account on the shared server (its password checked), as an administrator or not. */
    public void signInWithAccount(String operatorName, boolean isAdministrator) {
        this.name = operatorName;
        this.account = true;
        this.administrator = isAdministrator;
    }

    /** True when this session's operator signed in with her own account (the shared server), not by name alone. */
    public boolean withAccount() {
        return account;
    }

    /** True when the signed-in account is an administrator's: the 操作员 tab shows. */
    public boolean administrator() {
        return administrator;
    }
}
