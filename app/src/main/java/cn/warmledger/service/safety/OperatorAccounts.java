package cn.warmledger.service.safety;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.OperatorAccount;
import cn.warmledger.domain.OperatorRole;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.persistence.OperatorRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.CurrentOperator;

/**
 * Operator accounts on the shared server (issue 18, point 3; docs/decisions/18-3): each clerk signs in with her own
 * name and password, checked against a BCrypt hash (spring-security-crypto; cost {@value #COST}, salted per
 * password), and the 操作日志 records her. The first operator of a new server database becomes its administrator;
 * an administrator adds operators, resets their passwords, disables and re-enables them. The embedded H2 folder
 * does not use this: there the single database password stays (the table exists on both engines).
 */
public final class OperatorAccounts {
    /** BCrypt's cost: 2^12 rounds, about 0.2–0.4 s per check here; OWASP asks for at least 10. */
    public static final int COST = 12;
    /** BCrypt reads at most 72 bytes of a password; a longer one is refused rather than cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final OperatorRepository repository;
    private final Transactor tx;
    private final CurrentOperator current;
    private final AuditTrail audit;
    private final BCryptPasswordEncoder encoder;
    /**
     * Checked against for an unknown name, so a wrong name takes as long as a wrong password: a cost-12 hash of a
     * random text nobody kept (it never signs anyone in: the check also needs a real hash). A constant, not made when
     * the app opens: making one is ~0.3 s of every sign-in, the local database's too (issue 16's sign_in_ms).
     */
    static final String DECOY = "$2a$12$QuauBKin4jfnHFlm.El/dODKlcLNET9TA7KKFqCZxZ7Q2SaQccC76";

    public OperatorAccounts(OperatorRepository repository, Transactor tx, CurrentOperator current, AuditTrail audit) {
        this.repository = repository;
        this.tx = tx;
        this.current = current;
        this.audit = audit;
        this.encoder = new BCryptPasswordEncoder(COST);
    }

    /** True while the server database has no account: the sign-in page creates its first administrator. */
    public boolean firstRun() {
        return !repository.anyAccount();
    }

    /**
     * Creates the first administrator of a new server database and signs her in. Refused once any account exists
     * (another PC may have made one meanwhile: the operator rows are locked while this runs).
     */
    public void createFirstAdministrator(String name, DatabasePassword password) {
        String who = checkedName(name);
        String hash = hash(password);
        tx.run(() -> {
            repository.lockAll();
            if (repository.anyAccount()) {
                throw new InvalidValueException(null, Messages.get("account.firstDone"));
            }
            repository.create(who, OperatorRole.ADMINISTRATOR, hash, who);
            current.signInWithAccount(who, true);
            audit.record(AuditTrail.OPERATOR, who, AuditAction.INSERT, null, shown(who, OperatorRole.ADMINISTRATOR, true));
            audit.record(AuditTrail.SESSION, null, AuditAction.SIGN_IN, null, null);
        });
    }

    /**
     * Checks {@code name}'s password and signs her in (the 操作日志 records it). A wrong name or password is refused
     * in the same words and after the same work; a disabled operator is told so only after a right password.
     */
    public OperatorAccount signIn(String name, DatabasePassword password) {
        String who = name == null ? "" : name.strip();
        String hash = repository.passwordHash(who).orElse(null);
        boolean matches = matches(password, hash == null ? DECOY : hash) && hash != null;
        if (!matches) {
            throw new WrongPasswordException(Messages.get("account.wrongPassword"));
        }
        OperatorAccount account = repository.find(who).orElseThrow(
                () -> new WrongPasswordException(Messages.get("account.wrongPassword")));
        if (!account.active()) {
            throw new WrongPasswordException(Messages.get("account.disabled", who));
        }
        current.signInWithAccount(who, account.administrator());
        tx.run(() -> audit.record(AuditTrail.SESSION, null, AuditAction.SIGN_IN, null, null));
        return account;
    }

    /** Every account, for the 操作员 tab (administrators only). */
    public List<OperatorAccount> list() {
        requireAdministrator();
        return repository.accounts();
    }

    public void add(String name, DatabasePassword password, OperatorRole role) {
        String admin = requireAdministrator();
        String who = checkedName(name);
        String hash = hash(password);
        tx.run(() -> {
            if (!repository.create(who, role, hash, admin)) {
                throw new InvalidValueException(Messages.get("field.operatorName"), Messages.get("account.exists", who));
            }
            audit.record(AuditTrail.OPERATOR, who, AuditAction.INSERT, null, shown(who, role, true));
        });
    }

    /** Sets a new password for {@code name} (she forgot hers); the old one stops working at once. */
    public void resetPassword(String name, DatabasePassword password) {
        String admin = requireAdministrator();
        String hash = hash(password);
        tx.run(() -> {
            if (!repository.setPasswordHash(name, hash, admin)) {
                throw unknown(name);
            }
            audit.record(AuditTrail.OPERATOR, name, AuditAction.PASSWORD_CHANGE, Messages.get("account.audit.reset", name),
                    null, null);
        });
    }

    /**
     * The signed-in operator changes her own password (设置 → 我的密码): her current one is checked first (a PC left
     * signed in must not let a passer-by take the account over); the new one follows the same rules as every password
     * here. A wrong current password changes nothing; the 操作日志 records the change under her name, never a hash.
     */
    public void changeOwnPassword(DatabasePassword currentPassword, DatabasePassword newPassword) {
        String who = current.signedIn().filter(n -> current.withAccount()).orElseThrow(
                () -> new InvalidValueException(null, Messages.get("account.ownNoAccount")));
        String stored = repository.passwordHash(who).orElse(null);
        if (stored == null || !matches(currentPassword, stored)) {
            throw new InvalidValueException(Messages.get("field.currentPassword"), Messages.get("password.currentWrong"));
        }
        String hash = hash(newPassword);
        tx.run(() -> {
            OperatorAccount me = repository.find(who).filter(OperatorAccount::hasPassword).orElseThrow(() -> unknown(who));
            if (!me.active()) {
                throw new InvalidValueException(null, Messages.get("account.disabled", who));
            }
            // compare-and-set on the hash checked above: a reset by the administrator meanwhile wins
            if (!repository.replacePasswordHash(who, stored, hash, who)) {
                throw new InvalidValueException(Messages.get("field.currentPassword"), Messages.get("password.currentWrong"));
            }
            audit.record(AuditTrail.OPERATOR, who, AuditAction.PASSWORD_CHANGE, Messages.get("account.audit.own", who),
                    null, null);
        });
    }

    /** 停用 (or 启用 again): a disabled operator cannot sign in; her name stays in the 操作日志. */
    public void setActive(String name, boolean active) {
        String admin = requireAdministrator();
        tx.run(() -> {
            OperatorAccount before = repository.find(name).filter(OperatorAccount::hasPassword)
                    .orElseThrow(() -> unknown(name));
            if (!active && name.equals(admin)) {
                throw new InvalidValueException(null, Messages.get("account.notSelf"));
            }
            if (!active && before.administrator() && before.active() && repository.countActiveAdministrators() <= 1) {
                throw new InvalidValueException(null, Messages.get("account.lastAdministrator"));
            }
            repository.setActive(name, active, admin);
            audit.record(AuditTrail.OPERATOR, name, AuditAction.UPDATE, shown(name, before.role(), before.active()),
                    shown(name, before.role(), active));
        });
    }

    /** The signed-in operator's name when she is an active administrator; else refused. */
    private String requireAdministrator() {
        String admin = current.signedIn().orElse("");
        boolean ok = current.withAccount() && repository.find(admin)
                .filter(a -> a.active() && a.administrator() && a.hasPassword()).isPresent();
        if (!ok) {
            throw new InvalidValueException(null, Messages.get("account.notAdministrator"));
        }
        return admin;
    }

    private static InvalidValueException unknown(String name) {
        return new InvalidValueException(Messages.get("field.operatorName"), Messages.get("account.unknown", name));
    }

    private static String checkedName(String name) {
        String who = name == null ? "" : name.strip();
        if (who.isEmpty()) {
            throw new InvalidValueException(Messages.get("field.operatorName"), Messages.get("error.required"));
        }
        if (who.length() > 64) {
            throw new InvalidValueException(Messages.get("field.operatorName"), Messages.get("account.nameTooLong", 64));
        }
        return who;
    }

    /** A new password's hash, after the strength rule of every password here and BCrypt's 72-byte limit. */
    private String hash(DatabasePassword password) {
        password.checkStrongEnough();
        char[] c = password.chars();
        try {
            String text = new String(c);
            if (text.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                throw new InvalidValueException(Messages.get("field.password"),
                        Messages.get("account.passwordTooLong", MAX_PASSWORD_BYTES));
            }
            return encoder.encode(text);
        } finally {
            java.util.Arrays.fill(c, '\0');
        }
    }

    private boolean matches(DatabasePassword password, String hash) {
        char[] c = password.chars();
        try {
            String text = new String(c);
            // BCrypt refuses (throws for) more than 72 bytes: such a password was never set, so it cannot match
            return text.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES && encoder.matches(text, hash);
        } finally {
            java.util.Arrays.fill(c, '\0');
        }
    }

    /** What the 操作日志 keeps of an account: never the hash. */
    private static Map<String, Object> shown(String name, OperatorRole role, boolean active) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("role", role.code());
        m.put("active", active);
        return m;
    }
}
