package cn.warmledger.persistence;

/**
 * A visit the double-payment guard's unique index ({@code visit_guard_idx}, migration V18_4) kept out: another
 * connection saved a reason-less visit of the same person, campaign and 帮扶类别 at the same moment. The
 * transaction is spoilt (PostgreSQL refuses every statement after it); the service runs its work again, and the
 * guard's own check then sees the visit that got in and asks for a reason.
 */
public final class GuardConflictException extends RuntimeException {
    private static final String INDEX = "VISIT_GUARD_IDX";

    GuardConflictException(Throwable cause) {
        super("a same-kind visit was saved at the same moment", cause);
    }

    /** A unique violation (SQLSTATE 23505) of the guard's index, H2 and PostgreSQL naming it alike. */
    static boolean isGuardConflict(org.jooq.exception.DataAccessException e) {
        String message = e.getMessage();
        return "23505".equals(e.sqlState()) && message != null
                && message.toUpperCase(java.util.Locale.ROOT).contains(INDEX);
    }
}
