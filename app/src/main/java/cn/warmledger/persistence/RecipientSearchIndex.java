package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT_EMPLOYER;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT_GRAM;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The register's name and 工作单位 search without a scan (issue 16, ADR 16-5, migration V18_16): each recipient's
 * distinct 1- and 2-character pieces of the name in {@code recipient_gram} with the row's 回收站 state, and every
 * 工作单位 once in {@code recipient_employer}. Kept by {@link RecipientRepository} in the transaction of every write
 * of a recipient; read by {@link #find}.
 */
final class RecipientSearchIndex {
    /** A recipient as the index needs it. */
    record Entry(long id, String name, boolean deleted, String employer) {
    }

    /** The ids of one page of matches, newest first, and the true number of matches. */
    record Found(List<Long> ids, int total) {
    }

    private final DSLContext dsl;

    RecipientSearchIndex(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The distinct 1- and 2-character pieces of {@code name} (王建国: 王 建 国 王建 建国). A piece holding half of a
     * character outside the BMP (a surrogate) is left out: such text is never looked up here ({@link #find}).
     */
    static Set<String> grams(String name) {
        Set<String> grams = new LinkedHashSet<>();
        for (int i = 0; i < name.length(); i++) {
            if (!Character.isSurrogate(name.charAt(i))) {
                grams.add(name.substring(i, i + 1));
                if (i + 1 < name.length() && !Character.isSurrogate(name.charAt(i + 1))) {
                    grams.add(name.substring(i, i + 2));
                }
            }
        }
        return grams;
    }

    /** The name's pieces and the empty piece every recipient has (the 回收站's people are the range ('', true)). */
    static Set<String> pieces(String name) {
        Set<String> pieces = new LinkedHashSet<>();
        pieces.add(EVERYONE);
        pieces.addAll(grams(name));
        return pieces;
    }

    private static final String EVERYONE = "";

    /** Indexes new recipients (an insert or an import): one JDBC batch, in key order. */
    void add(Collection<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<Piece> rows = new ArrayList<>(entries.size() * 6);
        Set<String> employers = new TreeSet<>();
        for (Entry e : entries) {
            for (String gram : pieces(e.name())) {
                rows.add(new Piece(gram, e.deleted(), e.id()));
            }
            if (e.employer() != null) {
                employers.add(e.employer());
            }
        }
        // in key order, the inserts walk the index's pages once instead of landing all over it: an import's pieces
        // (tens of thousands) then rewrite each page they touch once
        rows.sort(null);
        // one prepared statement bound per piece (JDBC batch): a multi-row VALUES of thousands of rows cost more to
        // render and parse than the rows cost to write
        var batch = dsl.batch(dsl.insertInto(RECIPIENT_GRAM, RECIPIENT_GRAM.GRAM, RECIPIENT_GRAM.DELETED,
                RECIPIENT_GRAM.RECIPIENT_ID).values((String) null, (Boolean) null, (Long) null));
        for (Piece p : rows) {
            batch = batch.bind(p.gram(), p.deleted(), p.id());
        }
        batch.execute();
        addEmployers(employers);
    }

    /** One row of recipient_gram, ordered as its key (gram, deleted, recipient_id). */
    private record Piece(String gram, boolean deleted, long id) implements Comparable<Piece> {
        @Override
        public int compareTo(Piece o) {
            int c = gram.compareTo(o.gram);
            if (c == 0) {
                c = Boolean.compare(deleted, o.deleted);
            }
            return c != 0 ? c : Long.compare(id, o.id);
        }
    }

    /** A 工作单位 seen for the first time joins the list; one already there is left (two clerks at once: no clash). */
    private void addEmployers(Set<String> employers) {
        if (employers.isEmpty()) {
            return;
        }
        List<String> known = dsl.select(RECIPIENT_EMPLOYER.EMPLOYER).from(RECIPIENT_EMPLOYER)
                .where(RECIPIENT_EMPLOYER.EMPLOYER.in(employers)).fetch(RECIPIENT_EMPLOYER.EMPLOYER);
        employers.removeAll(known);
        for (String employer : employers) {
            dsl.insertInto(RECIPIENT_EMPLOYER, RECIPIENT_EMPLOYER.EMPLOYER).values(employer).onConflictDoNothing()
                    .execute();
        }
    }

    /**
     * Runs {@code write} (an edit, a delete or a restore of recipient {@code id}) and indexes the recipient again from
     * its row as it is then: the pieces of the row as it was are removed by their key (there is no index by recipient).
     */
    void rewrite(long id, Runnable write) {
        Entry before = entry(id);
        write.run();
        if (before != null) {
            dsl.deleteFrom(RECIPIENT_GRAM).where(RECIPIENT_GRAM.GRAM.in(pieces(before.name()))
                    .and(RECIPIENT_GRAM.DELETED.eq(before.deleted())).and(RECIPIENT_GRAM.RECIPIENT_ID.eq(id))).execute();
        }
        Entry after = entry(id);
        if (after != null) {
            add(List.of(after));
        }
    }

    private Entry entry(long id) {
        return dsl.select(RECIPIENT.NAME, RECIPIENT.DELETED_AT, RECIPIENT.EMPLOYER).from(RECIPIENT)
                .where(RECIPIENT.ID.eq(id)).fetchOptional()
                .map(r -> new Entry(id, r.value1(), r.value2() != null, r.value3())).orElse(null);
    }

    /**
     * One page of the recipients whose name or 工作单位 holds {@code text} (stripped, not a number), newest first,
     * with the true count; null when the text holds a character outside the BMP (the caller scans instead).
     */
    Found find(String text, boolean deleted, int offset, int limit) {
        if (text.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
            return null;
        }
        String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Matches byName = byName(text, deleted, pattern);
        Matches byEmployer = byEmployer(deleted, pattern);
        if (byEmployer.count() == 0 || byName.count() == 0) {
            Matches only = byEmployer.count() == 0 ? byName : byEmployer;
            return new Found(only.count() == 0 ? List.of() : only.ids().orderBy(only.id().desc()).limit(limit)
                    .offset(offset).fetch(only.id()), only.count());
        }
        // both (a text in names and in 工作单位): the union, each person once
        Table<?> union = byName.ids().union(byEmployer.ids()).asTable("found");
        Field<Long> id = union.field(0, Long.class);
        int total = dsl.fetchCount(union);
        return new Found(dsl.select(id).from(union).orderBy(id.desc()).limit(limit).offset(offset).fetch(id), total);
    }

    /**
     * How many people not in the 回收站 have a 身份证号 starting with {@code prefix} (digits, X, -). Counting means
     * walking the index range, and a prefix such as 3401 (a city's region) holds nearly everyone (1,000,000 entries at
     * city scale): when the newest rows say most match, H2 counts the two ranges around it instead and takes them from
     * the number of rows (which it keeps; the 回收站's few rows come from their own index).
     */
    int countAliveIdNumbersFrom(String prefix) {
        Condition starts = RECIPIENT.ID_NUMBER.like(DSL.inline(prefix + "%"));
        if (dsl.dialect().family() != org.jooq.SQLDialect.H2) {
            return dsl.fetchCount(RECIPIENT, RECIPIENT.DELETED_AT.isNull().and(starts));
        }
        var newest = dsl.select(RECIPIENT.ID_NUMBER).from(RECIPIENT).orderBy(RECIPIENT.ID.desc()).limit(SAMPLE)
                .asTable("newest");
        int sample = dsl.fetchCount(newest);
        int matching = dsl.fetchCount(dsl.selectFrom(newest)
                .where(newest.field(RECIPIENT.ID_NUMBER).like(DSL.inline(prefix + "%"))));
        if (matching * 2 <= sample) {
            return dsl.fetchCount(RECIPIENT, RECIPIENT.DELETED_AT.isNull().and(starts));
        }
        // the same range as LIKE 'prefix%': from prefix up to (not including) prefix with its last character + 1,
        // counted as every row (H2 keeps the number) less the two ranges around it, less the 回收站's in it
        String after = prefix.substring(0, prefix.length() - 1) + (char) (prefix.charAt(prefix.length() - 1) + 1);
        long rows = dsl.fetchValue(DSL.selectCount().from(RECIPIENT));
        int deleted = dsl.fetchCount(dsl.select(RECIPIENT_GRAM.RECIPIENT_ID).from(RECIPIENT_GRAM).join(RECIPIENT)
                .on(RECIPIENT.ID.eq(RECIPIENT_GRAM.RECIPIENT_ID))
                .where(RECIPIENT_GRAM.GRAM.eq(EVERYONE).and(RECIPIENT_GRAM.DELETED.isTrue()).and(starts)));
        return (int) (rows - dsl.fetchCount(RECIPIENT, RECIPIENT.ID_NUMBER.lt(DSL.inline(prefix)))
                - dsl.fetchCount(RECIPIENT, RECIPIENT.ID_NUMBER.ge(DSL.inline(after))) - deleted);
    }

    /** How many of the newest rows tell whether a 身份证号 prefix holds most of the register. */
    private static final int SAMPLE = 1_000;

    /** Ids matching one way (their query, the id column it orders by) and how many there are. */
    private record Matches(SelectConditionStep<Record1<Long>> ids, Field<Long> id, int count) {
        static final Matches NONE = new Matches(null, null, 0);
    }

    /**
     * The names holding {@code text}: 1 or 2 characters are one key range of the pieces, counted on the index
     * (exact); longer text is checked on the rows of its rarest 2-character piece.
     */
    private Matches byName(String text, boolean deleted, String pattern) {
        Condition state = RECIPIENT_GRAM.DELETED.eq(deleted);
        if (text.length() <= 2) {
            Condition range = RECIPIENT_GRAM.GRAM.eq(text).and(state);
            return new Matches(dsl.select(RECIPIENT_GRAM.RECIPIENT_ID).from(RECIPIENT_GRAM).where(range),
                    RECIPIENT_GRAM.RECIPIENT_ID, dsl.fetchCount(RECIPIENT_GRAM, range));
        }
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i + 2 <= text.length(); i++) {
            String piece = text.substring(i, i + 2);
            int n = dsl.fetchCount(RECIPIENT_GRAM, RECIPIENT_GRAM.GRAM.eq(piece).and(state));
            if (n == 0) {
                return Matches.NONE;
            }
            if (n < fewest) {
                fewest = n;
                rarest = piece;
            }
        }
        var ids = dsl.select(RECIPIENT_GRAM.RECIPIENT_ID).from(RECIPIENT_GRAM).join(RECIPIENT)
                .on(RECIPIENT.ID.eq(RECIPIENT_GRAM.RECIPIENT_ID))
                .where(RECIPIENT_GRAM.GRAM.eq(rarest).and(state).and(RECIPIENT.NAME.like(pattern, '!')));
        return new Matches(ids, RECIPIENT_GRAM.RECIPIENT_ID, dsl.fetchCount(ids));
    }

    /** The people of every 工作单位 holding the text: the list of distinct ones is short, matched by a scan of it. */
    private Matches byEmployer(boolean deleted, String pattern) {
        List<String> employers = dsl.select(RECIPIENT_EMPLOYER.EMPLOYER).from(RECIPIENT_EMPLOYER)
                .where(RECIPIENT_EMPLOYER.EMPLOYER.like(pattern, '!')).fetch(RECIPIENT_EMPLOYER.EMPLOYER);
        if (employers.isEmpty()) {
            return Matches.NONE;
        }
        // (a bound value each, up to PostgreSQL's limit per statement; a longer list is read again as a subquery)
        Condition range = (employers.size() <= 1_000 ? RECIPIENT.EMPLOYER.in(employers)
                : RECIPIENT.EMPLOYER.in(DSL.select(RECIPIENT_EMPLOYER.EMPLOYER).from(RECIPIENT_EMPLOYER)
                        .where(RECIPIENT_EMPLOYER.EMPLOYER.like(pattern, '!'))))
                .and(deleted ? RECIPIENT.DELETED_AT.isNotNull() : RECIPIENT.DELETED_AT.isNull());
        return new Matches(dsl.select(RECIPIENT.ID).from(RECIPIENT).where(range), RECIPIENT.ID,
                dsl.fetchCount(RECIPIENT, range));
    }
}
