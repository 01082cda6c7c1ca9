package cn.warmledger.service.recipients;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientPage;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.common.CurrentOperator;

/** The register of 慰问对象: checks, saves (one transaction per recipient), soft delete and restore. */
public final class RecipientService {
    /** hardship_file.housing_area, DECIMAL(10,2). */
    private static final BigDecimal HOUSING_AREA_MAX = new BigDecimal("99999999.99");
    /** Drafts per round of {@link #saveAll}: one lookup and one multi-row INSERT each; progress is told per round. */
    public static final int SAVE_ALL_CHUNK = 200;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;

    public RecipientService(RecipientRepository recipients, HardshipFileRepository files, Transactor tx,
                            CurrentOperator operator, AuditTrail audit) {
        this.recipients = recipients;
        this.files = files;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
    }

    public List<RecipientSummary> search(RecipientQuery query) {
        return recipients.search(query);
    }

    /**
     * One page of the register (the query's offset and limit) with the true number of matches: the table maps
     * only the rows it shows, however many the register holds.
     */
    public RecipientPage page(RecipientQuery query) {
        return recipients.page(query);
    }

    public int count() {
        return recipients.count(false);
    }

    public Optional<RecipientDetails> details(long id) {
        return recipients.findById(id).map(r -> {
            Optional<HardshipFile> file = files.findByRecipient(id);
            return new RecipientDetails(r, file,
                    file.map(f -> files.family(f.id())).orElse(List.of()),
                    file.map(f -> files.statusHistory(f.id())).orElse(List.of()));
        });
    }

    /** Checks the draft as a whole and refuses the first problem, with its field named. */
    public Recipient validate(RecipientDraft d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidValueException(Messages.get("field.name"), Messages.get("error.required"));
        }
        if (d.category() == null) {
            throw new InvalidValueException(Messages.get("field.category"), Messages.get("error.required"));
        }
        IdNumber id = IdNumber.parse(d.idNumber());
        if (d.gender() != null && d.gender() != id.gender()) {
            throw new InvalidValueException(Messages.get("field.gender"),
                    Messages.get("idNumber.genderMismatch", id.gender().label()));
        }
        if (d.birthDate() != null && !d.birthDate().equals(id.birthDate())) {
            throw new InvalidValueException(Messages.get("field.birthDate"),
                    Messages.get("idNumber.birthMismatch", id.birthDate().toString()));
        }
        String phone = PhoneNumber.parse(d.phone());
        if (d.category() == RecipientCategory.HARDSHIP_WORKER) {
            HardshipFile f = d.hardshipFile();
            if (f == null || f.hardshipType() == null) {
                throw new InvalidValueException(Messages.get("field.hardshipType"), Messages.get("error.required"));
            }
            if (f.status() == null) {
                throw new InvalidValueException(Messages.get("field.fileStatus"), Messages.get("error.required"));
            }
        }
        checkFigures(d.hardshipFile());
        for (FamilyMember m : d.family()) {
            if (m.name() == null || m.name().isBlank() || m.relation() == null || m.relation().isBlank()) {
                throw new InvalidValueException(Messages.get("field.family"), Messages.get("family.incomplete"));
            }
            if (m.idNumber() != null && !m.idNumber().isBlank()) {
                IdNumber.parse(m.idNumber());
            }
            inColumn("family.income", m.monthlyIncome());
        }
        return new Recipient(d.id(), id.value(), d.name().strip(), id.gender(), id.birthDate(), phone,
                blankToNull(d.employer()), blankToNull(d.address()), d.category(), d.organizationId(),
                blankToNull(d.note()), null, d.version());
    }

    /** Incomes and 住房面积 within what their columns hold (a slip of the keyboard is refused, never half stored). */
    private static void checkFigures(HardshipFile f) {
        if (f == null) {
            return;
        }
        if (f.income() != null) {
            inColumn("field.ownMonthlyIncome", f.income().ownMonthlyIncome());
            inColumn("field.householdAnnualIncome", f.income().householdAnnualIncome());
            inColumn("field.rigidExpenditure", f.income().rigidExpenditure());
            inColumn("import.col.perCapita", f.income().monthlyIncomePerCapita());
        }
        if (f.profile() != null && f.profile().housingArea() != null) {
            BigDecimal area = f.profile().housingArea();
            Money.atMost(Messages.get("field.housingArea"), area, area.toPlainString(), HOUSING_AREA_MAX,
                    "number.tooLarge");
        }
    }

    private static void inColumn(String fieldKey, BigDecimal value) {
        if (value != null) {
            Money.checked(Messages.get(fieldKey), value, value.toPlainString());
        }
    }

    /** Saves a new or edited recipient with its hardship file and family in one transaction; returns its id. */
    public long save(RecipientDraft draft) {
        Recipient r = validate(draft);
        return tx.inTransaction(() -> store(r, draft));
    }

    /**
     * Saves many drafts in ONE transaction (an import): each checked and stored as {@link #save} does, with
     * the same duplicate rule. {@code afterEach} gets the number saved so far and may throw to abort; any
     * exception rolls back every draft. Returns the ids in draft order.
     */
    public List<Long> saveAll(List<RecipientDraft> drafts, IntConsumer afterEach) {
        return tx.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(drafts.size());
            // the new rows' search pieces are written once at the end, in key order (ADR 16-5)
            RecipientRepository.Unindexed unindexed = recipients.unindexed();
            for (int from = 0; from < drafts.size(); from += SAVE_ALL_CHUNK) {
                ids.addAll(storeChunk(drafts.subList(from, Math.min(drafts.size(), from + SAVE_ALL_CHUNK)),
                        unindexed));
                afterEach.accept(ids.size());
            }
            unindexed.index();
            return ids;
        });
    }

    /**
     * The duplicate rule of {@link #store} for a chunk at once (one lookup, and a number twice in the chunk
     * is refused too); then new recipients without family in multi-row INSERTs, everything else one by one.
     */
    private List<Long> storeChunk(List<RecipientDraft> chunk, RecipientRepository.Unindexed unindexed) {
        List<Recipient> checked = chunk.stream().map(this::validate).toList();
        Map<String, Recipient> holders = recipients.findByIdNumbers(checked.stream().map(Recipient::idNumber).toList());
        Set<String> seen = new HashSet<>();
        for (Recipient r : checked) {
            Recipient holder = holders.get(r.idNumber());
            if (holder != null && !Objects.equals(holder.id(), r.id())) {
                throw new DuplicateRecipientException(holder);
            }
            if (!seen.add(r.idNumber())) {
                throw new DuplicateRecipientException(r);
            }
        }
        List<Recipient> fresh = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            if (checked.get(i).id() == null && chunk.get(i).family().isEmpty()) {
                fresh.add(checked.get(i));
            }
        }
        Map<String, Long> inserted = recipients.insertAll(fresh, operator.name(), unindexed);
        Map<Long, HardshipFile> newFiles = new LinkedHashMap<>();
        Map<Long, StatusChange> firstChanges = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(chunk.size());
        for (int i = 0; i < checked.size(); i++) {
            Recipient r = checked.get(i);
            RecipientDraft draft = chunk.get(i);
            Long id = r.id() == null ? inserted.get(r.idNumber()) : null;
            if (id == null) {
                ids.add(store(r, draft));
                continue;
            }
            ids.add(id);
            if (r.isHardshipWorker()) {
                HardshipFile f = draft.hardshipFile();
                newFiles.put(id, f);
                firstChanges.put(id, new StatusChange(f.status(), f.hardshipType(), LocalDate.now(),
                        blankToNull(draft.statusReason()), operator.name()));
            }
        }
        files.insertAll(newFiles, firstChanges, operator.name());
        // the fast path writes many rows at once; each still gets its own entry in the audit trail, the chunk's
        // entries written together
        List<AuditTrail.Entry> entries = new ArrayList<>(fresh.size());
        for (Recipient r : fresh) {
            long id = inserted.get(r.idNumber());
            entries.add(new AuditTrail.Entry(AuditTrail.RECIPIENT, id, AuditAction.INSERT, null, r.withId(id)));
            HardshipFile f = newFiles.get(id);
            if (f != null) {
                entries.add(new AuditTrail.Entry(AuditTrail.HARDSHIP_FILE, id, AuditAction.INSERT, null, f));
            }
        }
        audit.recordAll(entries);
        return ids;
    }

    /** Recipients by id, deleted ones too: the 操作日志 names the people its entries are about. */
    public Map<Long, Recipient> findByIds(Collection<Long> ids) {
        return recipients.findByIds(ids);
    }

    /** The register's recipients (deleted ones too) holding any of these normalized 身份证号. */
    public Map<String, Recipient> findByIdNumbers(Collection<String> idNumbers) {
        return recipients.findByIdNumbers(idNumbers);
    }

    private long store(Recipient r, RecipientDraft draft) {
        recipients.findByIdNumber(r.idNumber())
                .filter(existing -> !Objects.equals(existing.id(), r.id()))
                .ifPresent(existing -> {
                    throw new DuplicateRecipientException(existing);
                });
        Optional<Recipient> before = r.id() == null ? Optional.empty() : recipients.findById(r.id());
        long id;
        if (r.id() == null) {
            id = recipients.insert(r, operator.name());
        } else {
            recipients.update(r, operator.name());
            id = r.id();
        }
        audit.record(AuditTrail.RECIPIENT, id, before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT,
                before.orElse(null), recipients.findById(id).orElse(null));
        if (r.isHardshipWorker()) {
            saveFile(id, draft);
        } else {
            closeFile(id, r.category());
        }
        return id;
    }

    /**
     * The recipient is no longer a 困难职工 (对象类别 changed): a file still 在档 or 渐退 is 注销 today, with that entry
     * in its status history, so the 在档 figures read the one record. 注销 rather than 退档: 退档 says 已脱困, and
     * nobody found that the household got out of hardship; the file is closed because the person left the register
     * of 困难职工. A file already 退档 or 注销 is left as it is.
     */
    private void closeFile(long recipientId, RecipientCategory category) {
        Optional<HardshipFile> before = files.findByRecipient(recipientId)
                .filter(f -> f.status() == FileStatus.ACTIVE || f.status() == FileStatus.PHASING_OUT);
        if (before.isEmpty()) {
            return;
        }
        HardshipFile f = before.get();
        long fileId = files.save(f.withStatus(FileStatus.CANCELLED), recipientId, operator.name());
        audit.record(AuditTrail.HARDSHIP_FILE, fileId, AuditAction.UPDATE, f,
                files.findByRecipient(recipientId).orElse(null));
        files.addStatusChange(fileId, new StatusChange(FileStatus.CANCELLED, f.hardshipType(), LocalDate.now(),
                Messages.get("hardship.categoryChanged", category.label()), operator.name()));
    }

    private void saveFile(long recipientId, RecipientDraft draft) {
        HardshipFile f = draft.hardshipFile();
        Optional<HardshipFile> before = files.findByRecipient(recipientId);
        List<FamilyMember> familyBefore = before.map(b -> files.family(b.id())).orElse(List.of());
        long fileId = files.save(f, recipientId, operator.name());
        audit.record(AuditTrail.HARDSHIP_FILE, fileId, before.isPresent() ? AuditAction.UPDATE : AuditAction.INSERT,
                before.orElse(null), files.findByRecipient(recipientId).orElse(null));
        boolean changed = before.map(b -> b.status() != f.status() || b.hardshipType() != f.hardshipType())
                .orElse(true);
        if (changed) {
            files.addStatusChange(fileId, new StatusChange(f.status(), f.hardshipType(), LocalDate.now(),
                    blankToNull(draft.statusReason()), operator.name()));
        }
        files.replaceFamily(fileId, operator.name(), draft.family().stream().map(m -> m.idNumber() == null || m.idNumber().isBlank()
                ? m : new FamilyMember(m.id(), m.name(), m.relation(), m.gender(), IdNumber.parse(m.idNumber()).value(),
                m.birthDate(), m.health(), m.monthlyIncome(), m.medicalInsurance(), m.employerOrSchool())).toList());
        List<FamilyMember> familyAfter = files.family(fileId);
        if (!withoutIds(familyBefore).equals(withoutIds(familyAfter))) {
            AuditAction action = familyBefore.isEmpty() ? AuditAction.INSERT
                    : familyAfter.isEmpty() ? AuditAction.DELETE : AuditAction.UPDATE;
            audit.record(AuditTrail.FAMILY_MEMBER, fileId, action, familyBefore, familyAfter);
        }
    }

    private static List<FamilyMember> withoutIds(List<FamilyMember> members) {
        return members.stream().map(m -> new FamilyMember(null, m.name(), m.relation(), m.gender(), m.idNumber(),
                m.birthDate(), m.health(), m.monthlyIncome(), m.medicalInsurance(), m.employerOrSchool())).toList();
    }

    /** Moves the recipient to the 回收站; refused when the row changed after the list showed {@code version}. */
    public void delete(long id, int version) {
        tx.run(() -> {
            Optional<Recipient> before = recipients.findById(id);
            recipients.softDelete(id, version, operator.name());
            audit.record(AuditTrail.RECIPIENT, id, AuditAction.DELETE, before.orElse(null),
                    recipients.findById(id).orElse(null));
        });
    }

    public void restore(long id, int version) {
        tx.run(() -> {
            Optional<Recipient> before = recipients.findById(id);
            recipients.restore(id, version, operator.name());
            audit.record(AuditTrail.RECIPIENT, id, AuditAction.RESTORE, before.orElse(null),
                    recipients.findById(id).orElse(null));
        });
    }

    /** Showing 身份证号 and phone numbers in full is deliberate and logged (how many rows were on screen). */
    public void fullNumbersShown(int rows) {
        audit.record(AuditTrail.RECIPIENT, null, AuditAction.SHOW_FULL,
                Messages.get("audit.showFull.summary", rows), null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
