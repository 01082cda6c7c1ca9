package cn.warmledger.persistence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.InsertValuesStepN;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UniqueKey;
import org.jooq.impl.DSL;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.persistence.jooq.DefaultSchema;
import cn.warmledger.persistence.jooq.Tables;

/**
 * Moving in (issue 18 point 5, docs/decisions/18-5): every table's rows from an H2 folder's database to an empty
 * database on the office's PostgreSQL server, ids kept, tables in foreign-key order, in batches of multi-row inserts,
 * all in ONE server transaction (a failure or a cancel rolls everything back and leaves the target empty), then the
 * server's identity sequences moved past the copied ids. {@link #figures} gives what the comparison reads: the row
 * count and the sum of every DECIMAL column of each table.
 */
public final class DatabaseCopy {
    /** Tables the migrations fill with built-in rows: not the clerk's data; the target's are replaced by the source's. */
    private static final Set<String> SEEDED = Set.of(Tables.SERVICE_ITEM.getName());
    /** Bind values per multi-row insert: PostgreSQL takes at most 32,767 per statement. */
    private static final int MAX_PARAMETERS = 30_000;

    private DatabaseCopy() {
    }

    /** A table's row count and the sum of each DECIMAL column (by column name, lower case; 0 for none). */
    public record TableFigures(String table, long rows, Map<String, BigDecimal> sums) {
    }

    /** The tables that already hold the clerk's data on {@code target} (lower-case names; empty: may be moved into). */
    public static List<String> tablesWithData(Database target) {
        DSLContext dsl = target.dsl();
        List<String> found = new ArrayList<>();
        for (Table<?> t : inDependencyOrder()) {
            boolean data = SEEDED.contains(t.getName())
                    ? dsl.fetchExists(Tables.SERVICE_ITEM, Tables.SERVICE_ITEM.BUILTIN.isFalse())
                    : dsl.fetchExists(t);
            if (data) {
                found.add(t.getName().toLowerCase());
            }
        }
        return found;
    }

    /** Throws {@link TargetNotEmptyException} (Chinese, naming the tables) when {@code target} holds clerk data. */
    public static void refuseIfNotEmpty(Database target) {
        List<String> occupied = tablesWithData(target);
        if (!occupied.isEmpty()) {
            throw new TargetNotEmptyException(occupied);
        }
    }

    /**
     * Copies every row of {@code source} into {@code target} (a server database, migrated to the same schema, holding
     * no clerk data: checked again inside the transaction) and returns the source's figures read in the same snapshot.
     * {@code progress} counts rows and is asked between batches; a cancel throws {@link CancellationException}.
     */
    public static List<TableFigures> copy(Database source, Database target, Progress progress) {
        if (!target.onServer()) {
            throw new IllegalArgumentException("moving in goes to a server database");
        }
        List<Table<?>> order = inDependencyOrder();
        return new Transactor(source).readSnapshot(() -> {
            long total = 0;
            for (Table<?> t : order) {
                total += source.dsl().fetchCount(t);
            }
            long[] done = {0};
            long all = total;
            target.dsl().transaction(() -> {
                refuseIfNotEmpty(target);
                for (Table<?> t : order) {
                    progress.message(Messages.get("move.copying", tableLabel(t.getName())));
                    if (SEEDED.contains(t.getName())) {
                        target.dsl().deleteFrom(t).execute();
                    }
                    copyTable(source.dsl(), target.dsl(), t, rows -> {
                        done[0] += rows;
                        progress.update(done[0], all);
                        if (progress.isCancelled()) {
                            throw new CancellationException(Messages.get("move.cancelled"));
                        }
                    });
                    restartIdentity(target.dsl(), t);
                }
            });
            return figures(source);
        });
    }

    /** Row count and DECIMAL sums of every table of {@code database}, in foreign-key order. */
    public static List<TableFigures> figures(Database database) {
        DSLContext dsl = database.dsl();
        List<TableFigures> figures = new ArrayList<>();
        for (Table<?> t : inDependencyOrder()) {
            List<Field<BigDecimal>> money = new ArrayList<>();
            for (Field<?> f : t.fields()) {
                if (f.getType() == BigDecimal.class) {
                    money.add(f.coerce(BigDecimal.class));
                }
            }
            List<Field<?>> select = new ArrayList<>();
            select.add(DSL.count());
            for (Field<BigDecimal> f : money) {
                select.add(DSL.coalesce(DSL.sum(f), BigDecimal.ZERO));
            }
            Record r = dsl.select(select).from(t).fetchOne();
            Map<String, BigDecimal> sums = new LinkedHashMap<>();
            for (int i = 0; i < money.size(); i++) {
                sums.put(money.get(i).getName().toLowerCase(), r.get(i + 1, BigDecimal.class));
            }
            figures.add(new TableFigures(t.getName().toLowerCase(), r.get(0, Long.class), sums));
        }
        return figures;
    }

    /** The table's name for the clerk ({@code table.NAME} in the messages; the name itself when none). */
    public static String tableLabel(String table) {
        String key = "table." + table.toLowerCase();
        return Messages.bundle().containsKey(key) ? Messages.get(key) : table.toLowerCase();
    }

    /** A money column's name for the clerk ({@code column.NAME} in the messages; the name itself when none). */
    public static String columnLabel(String column) {
        String key = "column." + column.toLowerCase();
        return Messages.bundle().containsKey(key) ? Messages.get(key) : column.toLowerCase();
    }

    /**
     * Copies {@code t} in primary-key order, batch by batch; a column referring to the same table (a 下级单位's
     * 上级) is written after all its rows are in, so a row may name a parent with a larger id.
     */
    private static void copyTable(DSLContext from, DSLContext to, Table<?> t, java.util.function.LongConsumer batchDone) {
        Field<?>[] fields = t.fields();
        int[] selfRefs = selfReferences(t, fields);
        int batch = Math.max(1, MAX_PARAMETERS / fields.length);
        List<Object[]> later = new ArrayList<>();
        UniqueKey<?> pk = t.getPrimaryKey();
        try (Cursor<? extends Record> cursor = from.selectFrom(t)
                .orderBy(pk == null ? List.of() : pk.getFields().stream().map(Field::asc).toList())
                .fetchSize(batch).fetchLazy()) {
            while (cursor.hasNext()) {
                List<? extends Record> rows = cursor.fetchNext(batch);
                @SuppressWarnings({"unchecked", "rawtypes"})
                InsertValuesStepN<?> insert = to.insertInto((Table) t).columns(fields);
                for (Record r : rows) {
                    Object[] values = r.intoArray();
                    for (int i : selfRefs) {
                        if (values[i] != null) {
                            later.add(new Object[] {pkValues(r, pk), i, values[i]});
                            values[i] = null;
                        }
                    }
                    insert = insert.values(Arrays.asList(values));
                }
                insert.execute();
                batchDone.accept(rows.size());
            }
        }
        for (Object[] ref : later) {
            @SuppressWarnings("unchecked")
            Field<Object> column = (Field<Object>) fields[(Integer) ref[1]];
            to.update(t).set(column, ref[2]).where(pkCondition(pk, (Object[]) ref[0])).execute();
        }
    }

    private static int[] selfReferences(Table<?> t, Field<?>[] fields) {
        List<Integer> idx = new ArrayList<>();
        for (ForeignKey<?, ?> fk : t.getReferences()) {
            if (fk.getKey().getTable().equals(t)) {
                for (Field<?> f : fk.getFields()) {
                    idx.add(Arrays.asList(fields).indexOf(f));
                }
            }
        }
        return idx.stream().mapToInt(Integer::intValue).toArray();
    }

    private static Object[] pkValues(Record r, UniqueKey<?> pk) {
        return pk.getFields().stream().map(r::get).toArray();
    }

    @SuppressWarnings("unchecked")
    private static org.jooq.Condition pkCondition(UniqueKey<?> pk, Object[] values) {
        org.jooq.Condition c = DSL.noCondition();
        for (int i = 0; i < values.length; i++) {
            c = c.and(((Field<Object>) pk.getFields().get(i)).eq(values[i]));
        }
        return c;
    }

    /** The server's identity sequence of {@code t} continues after the largest copied id (a new row gets a new id). */
    private static void restartIdentity(DSLContext to, Table<?> t) {
        Identity<?, ?> identity = t.getIdentity();
        if (identity == null) {
            return;
        }
        Field<?> id = identity.getField();
        Object max = to.select(DSL.max(id)).from(t).fetchOne(0);
        // setval(seq, max, true): the next value is max + 1; an empty table starts again at 1
        to.execute("SELECT setval(pg_get_serial_sequence({0}, {1}), {2}, {3})", DSL.inline(t.getName().toLowerCase()),
                DSL.inline(id.getName().toLowerCase()), DSL.inline(max == null ? 1L : ((Number) max).longValue()),
                DSL.inline(max != null));
    }

    /** Every table of the schema, each after the tables it refers to. */
    static List<Table<?>> inDependencyOrder() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.sort(java.util.Comparator.comparing(Table::getName));
        Set<Table<?>> placed = new LinkedHashSet<>();
        while (placed.size() < all.size()) {
            int before = placed.size();
            for (Table<?> t : all) {
                if (!placed.contains(t) && t.getReferences().stream().map(fk -> fk.getKey().getTable())
                        .allMatch(ref -> ref.equals(t) || placed.contains(ref))) {
                    placed.add(t);
                }
            }
            if (placed.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle");
            }
        }
        return new ArrayList<>(placed);
    }

    /** The target already holds the clerk's data: nothing was copied. */
    public static final class TargetNotEmptyException extends DatabaseException {
        private static final long serialVersionUID = 1L;
        private final List<String> tables;

        TargetNotEmptyException(List<String> tables) {
            super("move.targetNotEmpty", null, String.join("、", tables.stream().sorted(java.util.Comparator
                    .comparingInt(TargetNotEmptyException::shownFirst)).limit(4).map(DatabaseCopy::tableLabel).toList()));
            this.tables = List.copyOf(tables);
        }

        public List<String> tables() {
            return tables;
        }

        /** The register and the visits are named first: what the clerk recognises as "data". */
        private static int shownFirst(String table) {
            int i = List.of("recipient", "visit", "campaign", "organization").indexOf(table);
            return i < 0 ? Integer.MAX_VALUE : i;
        }
    }
}
