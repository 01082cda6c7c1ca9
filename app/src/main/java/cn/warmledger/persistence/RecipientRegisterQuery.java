package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientPage;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSort;
import cn.warmledger.domain.RecipientSummary;

/**
 * The register's query (RecipientRepository's search, page and count): the conditions and order a
 * {@link RecipientQuery} makes, the index shortcuts of a plain search, and the mapping of rows to RecipientSummary.
 */
final class RecipientRegisterQuery {
    private final DSLContext dsl;
    private final RecipientSearchIndex index;

    RecipientRegisterQuery(DSLContext dsl, RecipientSearchIndex index) {
        this.dsl = dsl;
        this.index = index;
    }

    /**
     * The register's query: one SQL statement with the unit's name and the file's type and status joined, the rows
     * {@code q.offset()} to {@code q.offset() + q.limit() - 1} of the result in the query's order.
     */
    List<RecipientSummary> search(RecipientQuery q) {
        var select = dsl.select(RECIPIENT.ID, RECIPIENT.ID_NUMBER, RECIPIENT.NAME, RECIPIENT.GENDER,
                        RECIPIENT.BIRTH_DATE, RECIPIENT.PHONE, RECIPIENT.EMPLOYER, RECIPIENT.CATEGORY, ORGANIZATION.NAME,
                        HARDSHIP_FILE.HARDSHIP_TYPE, HARDSHIP_FILE.STATUS, RECIPIENT.ROW_VERSION)
                .from(RECIPIENT)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(RECIPIENT.ORGANIZATION_ID))
                .leftJoin(HARDSHIP_FILE).on(HARDSHIP_FILE.RECIPIENT_ID.eq(RECIPIENT.ID))
                .where(conditions(q))
                .orderBy(order(q));
        return (q.offset() == 0 ? select.limit(q.limit()) : select.limit(q.limit()).offset(q.offset()))
                .fetch(summaries());
    }

    /**
     * One page of the register with the true count of matches. A plain search (text only, newest first — what
     * typing does) is answered from covering indexes (V16_1): a number by the 身份证号 and phone ranges, a name by
     * one scan of the name/工作单位 index that yields the matching ids, so the table's rows are read only for the
     * page. Anything else (filters, a sorted column, numbers matched anywhere) is one query for the page and one
     * count, with the same conditions as {@link #search}.
     */
    RecipientPage page(RecipientQuery q) {
        // numbersAnywhere cannot use the index shortcuts (they match a number's start only)
        boolean plain = q.sort() == RecipientSort.NEWEST && !q.descending() && q.category() == null
                && q.hardshipType() == null && q.fileStatus() == null && q.organizationId() == null
                && !q.numbersAnywhere() && q.text() != null && !q.text().isBlank();
        if (!plain) {
            List<RecipientSummary> rows = search(q);
            int total = q.offset() == 0 && rows.size() < q.limit() ? rows.size() : count(q);
            return new RecipientPage(rows, q.offset(), total);
        }
        String text = q.text().strip();
        String number = IdNumber.normalize(text);
        return RecipientQuery.isNumberText(number) ? numberPage(q, number) : textPage(q, text);
    }

    /** Matches over {@value #SCAN_FROM} are common enough that walking the register newest first finds a page soon. */
    private static final int SCAN_FROM = 2_000;

    private RecipientPage numberPage(RecipientQuery q, String number) {
        Condition alive = q.deleted() ? RECIPIENT.DELETED_AT.isNotNull() : RECIPIENT.DELETED_AT.isNull();
        // isNumberText: digits, X and - only, so the literal holds no LIKE wildcard to escape
        Field<String> prefix = DSL.inline(number + "%");
        Condition byId = RECIPIENT.ID_NUMBER.like(prefix);
        Condition byPhone = RECIPIENT.PHONE.like(prefix).and(RECIPIENT.ID_NUMBER.notLike(prefix));
        // few matches (the usual case): their ids from the two index ranges, (id_number, deleted_at) and
        // (phone, id_number, deleted_at), at most SCAN_FROM of them; their number is the count
        List<Long> fromIds = dsl.select(RECIPIENT.ID).from(RECIPIENT).where(alive.and(byId)).limit(SCAN_FROM)
                .fetch(RECIPIENT.ID);
        List<Long> fromPhones = fromIds.size() >= SCAN_FROM ? List.of()
                : dsl.select(RECIPIENT.ID).from(RECIPIENT).where(alive.and(byPhone)).limit(SCAN_FROM - fromIds.size())
                        .fetch(RECIPIENT.ID);
        if (fromIds.size() + fromPhones.size() < SCAN_FROM) {
            // byPhone excludes byId's matches: no id is in both lists
            List<Long> found = new ArrayList<>(fromIds);
            found.addAll(fromPhones);
            found.sort(java.util.Comparator.reverseOrder());
            int end = (int) Math.min((long) q.offset() + q.limit(), found.size());
            List<Long> ids = q.offset() >= end ? List.of() : found.subList(q.offset(), end);
            return new RecipientPage(byIds(ids), q.offset(), found.size());
        }
        // many: counted from the same indexes, and the page found by walking the register newest first
        int total = (q.deleted() ? dsl.fetchCount(RECIPIENT, alive.and(byId)) : index.countAliveIdNumbersFrom(number))
                + dsl.fetchCount(RECIPIENT, alive.and(byPhone));
        int end = (int) Math.min((long) q.offset() + q.limit(), total);
        if (q.offset() >= end) {
            return new RecipientPage(List.of(), q.offset(), total);
        }
        List<Long> ids = dsl.select(RECIPIENT.ID).from(RECIPIENT).where(alive.and(byId.or(byPhone)))
                .orderBy(RECIPIENT.ID.desc()).limit(end - q.offset()).offset(q.offset()).fetch(RECIPIENT.ID);
        return new RecipientPage(byIds(ids), q.offset(), total);
    }

    private RecipientPage textPage(RecipientQuery q, String text) {
        RecipientSearchIndex.Found found = index.find(text, q.deleted(), q.offset(), q.limit());
        if (found != null) {
            return new RecipientPage(byIds(found.ids()), q.offset(), found.total());
        }
        // a character outside the BMP is in no piece of the index: the general query (a scan; a rare name)
        List<RecipientSummary> rows = search(q);
        return new RecipientPage(rows, q.offset(), count(q));
    }

    /** The register's rows of these ids, newest first. */
    private List<RecipientSummary> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(RECIPIENT.ID, RECIPIENT.ID_NUMBER, RECIPIENT.NAME, RECIPIENT.GENDER,
                        RECIPIENT.BIRTH_DATE, RECIPIENT.PHONE, RECIPIENT.EMPLOYER, RECIPIENT.CATEGORY, ORGANIZATION.NAME,
                        HARDSHIP_FILE.HARDSHIP_TYPE, HARDSHIP_FILE.STATUS, RECIPIENT.ROW_VERSION)
                .from(RECIPIENT)
                .leftJoin(ORGANIZATION).on(ORGANIZATION.ID.eq(RECIPIENT.ORGANIZATION_ID))
                .leftJoin(HARDSHIP_FILE).on(HARDSHIP_FILE.RECIPIENT_ID.eq(RECIPIENT.ID))
                .where(RECIPIENT.ID.in(ids))
                .orderBy(RECIPIENT.ID.desc())
                .fetch(summaries());
    }

    /** How many rows the query matches in all (its limit and offset aside): the register's true count. */
    int count(RecipientQuery q) {
        boolean fileFilter = q.hardshipType() != null || q.fileStatus() != null;
        // the hardship file is joined only when a filter needs it: the count of a plain search reads one table
        return fileFilter
                ? dsl.fetchCount(dsl.selectOne().from(RECIPIENT).leftJoin(HARDSHIP_FILE)
                        .on(HARDSHIP_FILE.RECIPIENT_ID.eq(RECIPIENT.ID)).where(conditions(q)))
                : dsl.fetchCount(RECIPIENT, conditions(q));
    }

    private static List<org.jooq.SortField<?>> order(RecipientQuery q) {
        List<org.jooq.SortField<?>> order = new ArrayList<>();
        org.jooq.Field<?> field = switch (q.sort()) {
            case NEWEST -> null;
            case NAME -> RECIPIENT.NAME;
            case GENDER -> RECIPIENT.GENDER;
            case ID_NUMBER -> RECIPIENT.ID_NUMBER;
            case PHONE -> RECIPIENT.PHONE;
            case EMPLOYER -> RECIPIENT.EMPLOYER;
            case CATEGORY -> RECIPIENT.CATEGORY;
            case HARDSHIP_TYPE -> HARDSHIP_FILE.HARDSHIP_TYPE;
            case FILE_STATUS -> HARDSHIP_FILE.STATUS;
            case UNIT -> ORGANIZATION.NAME;
        };
        if (field != null) {
            order.add(q.descending() ? field.desc().nullsLast() : field.asc().nullsLast());
        }
        order.add(q.sort() == RecipientSort.NEWEST && q.descending() ? RECIPIENT.ID.asc() : RECIPIENT.ID.desc());
        return order;
    }

    private static List<Condition> conditions(RecipientQuery q) {
        List<Condition> c = new ArrayList<>();
        c.add(q.deleted() ? RECIPIENT.DELETED_AT.isNotNull() : RECIPIENT.DELETED_AT.isNull());
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().strip();
            String number = IdNumber.normalize(text);
            if (q.numbersAnywhere() && RecipientQuery.isNumberText(number)) {
                // the visit form finds a household by any digits of its number (the birth date, say)
                c.add(RECIPIENT.ID_NUMBER.contains(number).or(RECIPIENT.PHONE.contains(number)));
            } else if (RecipientQuery.isNumberText(number)) {
                // literal prefixes (digits, X, - only) so H2 can range over the 身份证号 and phone indexes; a bound
                // parameter it cannot
                c.add(RECIPIENT.ID_NUMBER.like(DSL.inline(number + "%")).or(RECIPIENT.PHONE.like(DSL.inline(number + "%"))));
            } else {
                c.add(RECIPIENT.NAME.contains(text).or(RECIPIENT.EMPLOYER.contains(text)));
            }
        }
        if (q.category() != null) {
            c.add(RECIPIENT.CATEGORY.eq(q.category().code()));
        }
        if (q.hardshipType() != null) {
            c.add(HARDSHIP_FILE.HARDSHIP_TYPE.eq(q.hardshipType().code()));
        }
        if (q.fileStatus() != null) {
            c.add(HARDSHIP_FILE.STATUS.eq(q.fileStatus().code()));
        }
        if (q.organizationId() != null) {
            c.add(RECIPIENT.ORGANIZATION_ID.eq(q.organizationId()));
        }
        return c;
    }

    /**
     * Maps the register's rows. What many rows share — the 单位's name, the 工作单位, the birth date, the name (王伟, 张敏…)
     * — is kept once per fetch instead of once per row where the driver hands out a new object for each (the whole
     * register held at 100,000 rows: 64.2 → 61.7 MB of heap, issue 16; the name: see docs/benchmarks.md, city scale).
     */
    private static org.jooq.RecordMapper<Record, RecipientSummary> summaries() {
        java.util.Map<Object, Object> shared = new java.util.HashMap<>();
        return r -> toSummary(r, shared);
    }

    @SuppressWarnings("unchecked")
    private static <T> T once(java.util.Map<Object, Object> shared, T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, v -> v);
    }

    private static RecipientSummary toSummary(Record r, java.util.Map<Object, Object> shared) {
        return new RecipientSummary(r.get(RECIPIENT.ID), r.get(RECIPIENT.ID_NUMBER), once(shared, r.get(RECIPIENT.NAME)),
                CodedEnum.fromCode(Gender.class, r.get(RECIPIENT.GENDER)), once(shared, r.get(RECIPIENT.BIRTH_DATE)),
                r.get(RECIPIENT.PHONE), once(shared, r.get(RECIPIENT.EMPLOYER)),
                CodedEnum.fromCode(RecipientCategory.class, r.get(RECIPIENT.CATEGORY)),
                once(shared, r.get(ORGANIZATION.NAME)),
                CodedEnum.fromCode(HardshipType.class, r.get(HARDSHIP_FILE.HARDSHIP_TYPE)),
                CodedEnum.fromCode(FileStatus.class, r.get(HARDSHIP_FILE.STATUS)), r.get(RECIPIENT.ROW_VERSION));
    }
}
