package cn.warmledger.persistence;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

import cn.warmledger.domain.EditConflictException;

/**
 * Optimistic locking, the one rule of every table a clerk edits (V18_2): an update sets the new values, raises
 * {@code row_version} by one and names who changed the row and when, and only where the row still has the version
 * the form loaded. No row changed means someone else got there first: that change's author and time are read back
 * and the save is refused with {@link EditConflictException} (its transaction rolls back, nothing is overwritten).
 * Writes that follow no form (a campaign closed, a file closed with its recipient's category) raise the version
 * too, so a form loaded before them is refused as well. The time is the database's clock: the same for every PC.
 */
final class RowVersions {
    private RowVersions() {
    }

    /**
     * Updates the row {@code key = id} with {@code values} (a record of the table whose changed fields are set) when
     * its version is still {@code expectedVersion}; otherwise throws {@link EditConflictException}. A null
     * {@code expectedVersion} updates whatever the version (still raising it); a row that is gone is a conflict too.
     */
    static <R extends Record, K> void update(DSLContext dsl, Table<R> table, Field<K> key, K id,
                                             Integer expectedVersion, String operator, Record values) {
        Field<Integer> version = version(table);
        var where = key.eq(id);
        if (expectedVersion != null) {
            where = where.and(version.eq(expectedVersion));
        }
        int changed = dsl.update(table).set(values)
                .set(version, version.plus(1))
                .set(updatedBy(table), operator)
                .set(updatedAt(table), DSL.currentLocalDateTime())
                .where(where)
                .execute();
        if (changed == 0) {
            throw conflict(dsl, table, key, id);
        }
    }

    /** The refusal for a row whose version moved on: who changed it last and when (or that it is gone). */
    static <R extends Record, K> EditConflictException conflict(DSLContext dsl, Table<R> table, Field<K> key, K id) {
        Field<LocalDateTime> deletedAt = table.field("DELETED_AT", LocalDateTime.class);
        Record last = dsl.select(updatedBy(table), updatedAt(table),
                        deletedAt == null ? DSL.inline((LocalDateTime) null) : deletedAt)
                .from(table).where(key.eq(id)).fetchOne();
        if (last == null) {
            return EditConflictException.gone();
        }
        return new EditConflictException(last.get(0, String.class), last.get(1, LocalDateTime.class),
                last.get(2) != null, LocalDate.now());
    }

    static Field<Integer> version(Table<?> table) {
        return required(table.field("ROW_VERSION", Integer.class), table);
    }

    private static Field<String> updatedBy(Table<?> table) {
        return required(table.field("UPDATED_BY", String.class), table);
    }

    private static Field<LocalDateTime> updatedAt(Table<?> table) {
        return required(table.field("UPDATED_AT", LocalDateTime.class), table);
    }

    private static <T> Field<T> required(Field<T> field, Table<?> table) {
        if (field == null) {
            throw new IllegalStateException("no optimistic-locking columns on " + table.getName());
        }
        return field;
    }
}
