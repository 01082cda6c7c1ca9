package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientPage;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.persistence.jooq.tables.records.RecipientRecord;

/** 慰问对象; the register's query is RecipientRegisterQuery. Deletion is soft: deleted_at set, restorable from the 回收站. */
public final class RecipientRepository {
    private final DSLContext dsl;
    private final RecipientSearchIndex index;
    private final RecipientRegisterQuery register;

    public RecipientRepository(Database database) {
        this.dsl = database.dsl();
        this.index = new RecipientSearchIndex(dsl);
        this.register = new RecipientRegisterQuery(dsl, index);
    }

    public long insert(Recipient r, String operator) {
        RecipientRecord rec = dsl.newRecord(RECIPIENT);
        fill(rec, r);
        rec.setCreatedBy(operator);
        rec.setUpdatedBy(operator);
        rec.store();
        index.add(List.of(new RecipientSearchIndex.Entry(rec.getId(), r.name(), false, r.employer())));
        return rec.getId();
    }

    /**
     * Inserts new recipients with multi-row INSERTs (an import); returns their ids by 身份证号. The caller has checked
     * that no number is taken. The rows' search pieces wait in {@code later} until {@link Unindexed#index()}, which
     * the caller runs in the same transaction: an import's pieces are then written once, in key order, instead of
     * into every part of the index at each chunk (ADR 16-5).
     */
    public Map<String, Long> insertAll(List<Recipient> list, String operator, Unindexed later) {
        if (list.isEmpty()) {
            return Map.of();
        }
        List<RecipientRecord> records = new ArrayList<>(list.size());
        for (Recipient r : list) {
            RecipientRecord rec = dsl.newRecord(RECIPIENT);
            fill(rec, r);
            rec.setCreatedBy(operator);
            rec.setUpdatedBy(operator);
            records.add(rec);
        }
        insertRows(dsl, RECIPIENT, records);
        Map<String, Long> ids = new HashMap<>();
        dsl.select(RECIPIENT.ID, RECIPIENT.ID_NUMBER).from(RECIPIENT)
                .where(RECIPIENT.ID_NUMBER.in(list.stream().map(Recipient::idNumber).toList()))
                .forEach(r -> ids.put(r.value2(), r.value1()));
        for (Recipient r : list) {
            later.entries.add(new RecipientSearchIndex.Entry(ids.get(r.idNumber()), r.name(), false, r.employer()));
        }
        return ids;
    }

    /** A place for the search pieces of inserted rows until the caller has them written. */
    public Unindexed unindexed() {
        return new Unindexed();
    }

    /** Inserted rows whose search pieces are not written yet: not found by the register's search until then. */
    public final class Unindexed {
        private final List<RecipientSearchIndex.Entry> entries = new ArrayList<>();

        private Unindexed() {
        }

        /** Writes the waiting rows' pieces (in the transaction that inserted them). */
        public void index() {
            index.add(entries);
            entries.clear();
        }
    }

    /** One multi-row INSERT of records that set the same columns: far faster on H2 than a statement each. */
    static <R extends org.jooq.TableRecord<R>> void insertRows(DSLContext dsl, org.jooq.Table<R> table, List<R> records) {
        org.jooq.InsertSetMoreStep<R> insert = null;
        for (R r : records) {
            insert = insert == null ? dsl.insertInto(table).set(r) : insert.newRecord().set(r);
        }
        if (insert != null) {
            insert.execute();
        }
    }

    /**
     * Saves an edited recipient when the row still has the version {@code r} was read with; else refuses with
     * EditConflictException naming who changed it (RowVersions).
     */
    public void update(Recipient r, String operator) {
        RecipientRecord rec = dsl.newRecord(RECIPIENT);
        fill(rec, r);
        index.rewrite(r.id(),
                () -> RowVersions.update(dsl, RECIPIENT, RECIPIENT.ID, r.id(), r.version(), operator, rec));
    }

    private static void fill(RecipientRecord rec, Recipient r) {
        rec.setIdNumber(r.idNumber());
        rec.setName(r.name());
        rec.setGender(r.gender().code());
        rec.setBirthDate(r.birthDate());
        rec.setPhone(r.phone());
        rec.setEmployer(r.employer());
        rec.setAddress(r.address());
        rec.setCategory(r.category().code());
        rec.setOrganizationId(r.organizationId());
        rec.setNote(r.note());
    }

    public Optional<Recipient> findById(long id) {
        return dsl.selectFrom(RECIPIENT).where(RECIPIENT.ID.eq(id)).fetchOptional(RecipientRepository::toDomain);
    }

    /** Includes deleted recipients: a 身份证号 stays taken while its holder is in the 回收站. */
    public Optional<Recipient> findByIdNumber(String idNumber) {
        return dsl.selectFrom(RECIPIENT).where(RECIPIENT.ID_NUMBER.eq(idNumber)).fetchOptional(RecipientRepository::toDomain);
    }

    /** Recipients by id (deleted ones too: the caller decides), in one query. */
    public Map<Long, Recipient> findByIds(Collection<Long> ids) {
        Map<Long, Recipient> found = new HashMap<>();
        dsl.selectFrom(RECIPIENT).where(RECIPIENT.ID.in(ids)).fetch(RecipientRepository::toDomain)
                .forEach(r -> found.put(r.id(), r));
        return found;
    }

    /** Includes deleted recipients, like {@link #findByIdNumber}; looked up in chunks of 1,000 numbers. */
    public Map<String, Recipient> findByIdNumbers(Collection<String> idNumbers) {
        Map<String, Recipient> found = new HashMap<>();
        List<String> all = List.copyOf(new java.util.LinkedHashSet<>(idNumbers));
        for (int from = 0; from < all.size(); from += 1000) {
            dsl.selectFrom(RECIPIENT).where(RECIPIENT.ID_NUMBER.in(all.subList(from, Math.min(all.size(), from + 1000))))
                    .fetch(RecipientRepository::toDomain).forEach(r -> found.put(r.idNumber(), r));
        }
        return found;
    }

    /** Moves the recipient to the 回收站 when the row still has {@code version} (the one the list showed). */
    public void softDelete(long id, int version, String operator) {
        RecipientRecord rec = dsl.newRecord(RECIPIENT);
        rec.setDeletedAt(LocalDateTime.now());
        index.rewrite(id, () -> RowVersions.update(dsl, RECIPIENT, RECIPIENT.ID, id, version, operator, rec));
    }

    public void restore(long id, int version, String operator) {
        RecipientRecord rec = dsl.newRecord(RECIPIENT);
        rec.setDeletedAt(null);
        rec.changed(RECIPIENT.DELETED_AT, true);
        index.rewrite(id, () -> RowVersions.update(dsl, RECIPIENT, RECIPIENT.ID, id, version, operator, rec));
    }

    public int count(boolean deleted) {
        return dsl.fetchCount(RECIPIENT, deleted ? RECIPIENT.DELETED_AT.isNotNull() : RECIPIENT.DELETED_AT.isNull());
    }

    /**
     * The register's query: one SQL statement with the unit's name and the file's type and status joined, the rows
     * {@code q.offset()} to {@code q.offset() + q.limit() - 1} of the result in the query's order.
     */
    public List<RecipientSummary> search(RecipientQuery q) {
        return register.search(q);
    }

    /** One page of the register with the true count of matches (RecipientRegisterQuery: how it is found). */
    public RecipientPage page(RecipientQuery q) {
        return register.page(q);
    }

    /** How many rows the query matches in all (its limit and offset aside): the register's true count. */
    public int count(RecipientQuery q) {
        return register.count(q);
    }

    static Recipient toDomain(RecipientRecord r) {
        return new Recipient(r.getId(), r.getIdNumber(), r.getName(), CodedEnum.fromCode(Gender.class, r.getGender()),
                r.getBirthDate(), r.getPhone(), r.getEmployer(), r.getAddress(),
                CodedEnum.fromCode(RecipientCategory.class, r.getCategory()), r.getOrganizationId(), r.getNote(),
                r.getDeletedAt(), r.getRowVersion());
    }

}