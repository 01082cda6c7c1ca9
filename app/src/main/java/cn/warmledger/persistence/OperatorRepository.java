package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.OPERATOR;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.OperatorAccount;
import cn.warmledger.domain.OperatorRole;

/**
 * The operator accounts of the shared server (issue 18): name, role, active, and the password's slow hash, which
 * only {@link #passwordHash} hands out. An operator row without a hash is a name remembered from an H2 sign-in
 * ({@link AuditRepository#rememberOperator}), not an account.
 */
public final class OperatorRepository {
    private final DSLContext dsl;

    public OperatorRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** True once any operator has a password: the server's first run is over. */
    public boolean anyAccount() {
        return dsl.fetchExists(dsl.selectOne().from(OPERATOR).where(OPERATOR.PASSWORD_HASH.isNotNull()));
    }

    /** Locks the operator rows for the rest of the transaction (two PCs creating the first administrator at once). */
    public void lockAll() {
        dsl.select(OPERATOR.ID).from(OPERATOR).forUpdate().fetch();
    }

    public List<OperatorAccount> accounts() {
        return dsl.selectFrom(OPERATOR).where(OPERATOR.PASSWORD_HASH.isNotNull()).orderBy(OPERATOR.NAME)
                .fetch(OperatorRepository::account);
    }

    public Optional<OperatorAccount> find(String name) {
        return dsl.selectFrom(OPERATOR).where(OPERATOR.NAME.eq(name)).fetchOptional(OperatorRepository::account);
    }

    /** The stored hash of {@code name}'s password; empty when there is no such account. */
    public Optional<String> passwordHash(String name) {
        return dsl.select(OPERATOR.PASSWORD_HASH).from(OPERATOR).where(OPERATOR.NAME.eq(name))
                .and(OPERATOR.PASSWORD_HASH.isNotNull()).fetchOptional(OPERATOR.PASSWORD_HASH);
    }

    public int countActiveAdministrators() {
        return dsl.fetchCount(OPERATOR, OPERATOR.ROLE.eq(OperatorRole.ADMINISTRATOR.code())
                .and(OPERATOR.ACTIVE.isTrue()).and(OPERATOR.PASSWORD_HASH.isNotNull()));
    }

    /**
     * Makes {@code name} an account: a new row, or the row of a name remembered before without a password. Returns
     * false when {@code name} already has an account.
     */
    public boolean create(String name, OperatorRole role, String hash, String by) {
        LocalDateTime now = LocalDateTime.now();
        int updated = dsl.update(OPERATOR).set(OPERATOR.PASSWORD_HASH, hash).set(OPERATOR.ROLE, role.code())
                .set(OPERATOR.ACTIVE, true).set(OPERATOR.PASSWORD_CHANGED_AT, now).set(OPERATOR.CHANGED_BY, by)
                .where(OPERATOR.NAME.eq(name)).and(OPERATOR.PASSWORD_HASH.isNull()).execute();
        if (updated == 1) {
            return true;
        }
        if (find(name).isPresent()) {
            return false;
        }
        dsl.insertInto(OPERATOR).set(OPERATOR.NAME, name).set(OPERATOR.PASSWORD_HASH, hash)
                .set(OPERATOR.ROLE, role.code()).set(OPERATOR.ACTIVE, true).set(OPERATOR.CREATED_AT, now)
                .set(OPERATOR.PASSWORD_CHANGED_AT, now).set(OPERATOR.CHANGED_BY, by).execute();
        return true;
    }

    public boolean setPasswordHash(String name, String hash, String by) {
        return updateHash(name, OPERATOR.PASSWORD_HASH.isNotNull(), hash, by);
    }

    /** {@link #setPasswordHash} only while the stored hash is still {@code expected} (her own change, checked first). */
    public boolean replacePasswordHash(String name, String expected, String hash, String by) {
        return updateHash(name, OPERATOR.PASSWORD_HASH.eq(expected), hash, by);
    }

    private boolean updateHash(String name, org.jooq.Condition stored, String hash, String by) {
        return dsl.update(OPERATOR).set(OPERATOR.PASSWORD_HASH, hash)
                .set(OPERATOR.PASSWORD_CHANGED_AT, LocalDateTime.now()).set(OPERATOR.CHANGED_BY, by)
                .where(OPERATOR.NAME.eq(name)).and(stored).execute() == 1;
    }

    public boolean setActive(String name, boolean active, String by) {
        return dsl.update(OPERATOR).set(OPERATOR.ACTIVE, active).set(OPERATOR.CHANGED_BY, by)
                .where(OPERATOR.NAME.eq(name)).and(OPERATOR.PASSWORD_HASH.isNotNull()).execute() == 1;
    }

    private static OperatorAccount account(Record r) {
        return new OperatorAccount(r.get(OPERATOR.NAME), CodedEnum.fromCode(OperatorRole.class, r.get(OPERATOR.ROLE)),
                Boolean.TRUE.equals(r.get(OPERATOR.ACTIVE)), r.get(OPERATOR.PASSWORD_HASH) != null,
                r.get(OPERATOR.CREATED_AT), r.get(OPERATOR.PASSWORD_CHANGED_AT), r.get(OPERATOR.CHANGED_BY));
    }
}
