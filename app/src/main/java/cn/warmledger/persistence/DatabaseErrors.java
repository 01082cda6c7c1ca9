package cn.warmledger.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;

/**
 * A failed statement as the clerk is told it: H2's error code (PostgreSQL's SQLState) mapped to Chinese, the column named in Chinese where
 * it is one the clerk types into. H2's own text (and the SQL jOOQ puts in front of it) never passes.
 */
public final class DatabaseErrors {
    private static final Pattern COLUMN = Pattern.compile("column \"([A-Z_]+)");
    /** Columns whose import name does not fit (NAME is also a unit's or a campaign's), by H2's upper-case name. */
    private static final Map<String, String> FIELDS = Map.of("NAME", "database.field.name", "AMOUNT", "field.amount",
            "BUDGET", "field.budget", "HOUSING_AREA", "field.housingArea", "CONTACT", "unit.contact");

    private DatabaseErrors() {
    }

    /** The Chinese message for a database failure somewhere in {@code error}'s causes, if there is one. */
    public static Optional<String> describe(Throwable error) {
        for (Throwable t : Causes.chain(error)) {
            if (t instanceof SQLException sql) {
                return Optional.of(describe(sql));
            }
            if (t.getClass().getName().startsWith("org.jooq.exception.")) {
                SQLException cause = sqlCause(t);
                return Optional.of(cause != null ? describe(cause) : Messages.get("database.failed", "jOOQ"));
            }
        }
        return Optional.empty();
    }

    private static SQLException sqlCause(Throwable t) {
        return Causes.find(t.getCause(), SQLException.class).orElse(null);
    }

    private static String describe(SQLException sql) {
        String text = sql.getMessage() == null ? "" : sql.getMessage();
        if (isDiskFull(text)) {
            return Messages.get("error.diskFull");
        }
        Optional<String> onServer = ServerConnections.describe(sql); // PostgreSQL's SQLStates (error code 0)
        if (onServer.isPresent()) {
            return onServer.get();
        }
        return switch (sql.getErrorCode()) {
            case 22001, 22003 -> Messages.get("database.valueTooLarge", field(text));
            case 23505 -> Messages.get("database.duplicate");
            case 23503, 23506 -> Messages.get("database.inUseByOthers");
            case 50200, 40001, 90131, 90020 -> Messages.get("database.busy");
            case 90098, 90121 -> Messages.get("database.closed");
            default -> Messages.get("database.failed", String.valueOf(sql.getErrorCode()));
        };
    }

    private static String field(String text) {
        Matcher m = COLUMN.matcher(text);
        if (m.find()) {
            String column = m.group(1);
            if (FIELDS.containsKey(column)) {
                return Messages.get(FIELDS.get(column));
            }
            if (Messages.has("ImportField." + column)) {
                return Messages.get("ImportField." + column); // 慰问金, 人均月收入, 备注 … as the clerk's columns say
            }
        }
        return Messages.get("database.someField");
    }

    /** "No space left on device" (Linux, macOS), "There is not enough space on the disk" (Windows), 磁盘空间不足. */
    public static boolean isDiskFull(String text) {
        return Causes.isDiskFullText(text);
    }
}
