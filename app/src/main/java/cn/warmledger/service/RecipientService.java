package cn.warmledger.service;

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

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.Transactor;

/** The register of 慰问对象: checks, saves (one transaction per recipient), soft delete and restore. */
public final class RecipientService {
    /** Drafts per round of {@link #saveAll}: one lookup and one multi-row INSERT each; progress is told per round. */
    public static final int SAVE_ALL_CHUNK = 200;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final Transactor tx;
    private final CurrentOperator operator;

    public RecipientService(RecipientRepository recipients, HardshipFileRepository files, Transactor tx,
                            CurrentOperator operator) {
        this.recipients = recipients;
        this.files = files;
        this.tx = tx;
        this.operator = operator;
    }

    public List<RecipientSummary> search(RecipientQuery query) {
        return recipients.search(query);
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
        for (FamilyMember m : d.family()) {
            if (m.name() == null || m.name().isBlank() || m.relation() == null || m.relation().isBlank()) {
                throw new InvalidValueException(Messages.get("field.family"), Messages.get("family.incomplete"));
            }
            if (m.idNumber() != null && !m.idNumber().isBlank()) {
                IdNumber.parse(m.idNumber());
            }
        }
        return new Recipient(d.id(), id.value(), d.name().strip(), id.gender(), id.birthDate(), phone,
                blankToNull(d.employer()), blankToNull(d.address()), d.category(), d.organizationId(),
                blankToNull(d.note()), null);
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
            for (int from = 0; from < drafts.size(); from += SAVE_ALL_CHUNK) {
                ids.addAll(storeChunk(drafts.subList(from, Math.min(drafts.size(), from + SAVE_ALL_CHUNK))));
                afterEach.accept(ids.size());
            }
            return ids;
        });
    }

    /**
     * The duplicate rule of {@link #store} for a chunk at once (one lookup, and a number twice in the chunk
     * is refused too); then new recipients without family in multi-row INSERTs, everything else one by one.
     */
    private List<Long> storeChunk(List<RecipientDraft> chunk) {
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
        Map<String, Long> inserted = recipients.insertAll(fresh, operator.name());
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
        return ids;
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
        long id;
        if (r.id() == null) {
            id = recipients.insert(r, operator.name());
        } else {
            recipients.update(r, operator.name());
            id = r.id();
        }
        if (r.isHardshipWorker()) {
            saveFile(id, draft);
        }
        return id;
    }

    private void saveFile(long recipientId, RecipientDraft draft) {
        HardshipFile f = draft.hardshipFile();
        Optional<HardshipFile> before = files.findByRecipient(recipientId);
        long fileId = files.save(f, recipientId, operator.name());
        boolean changed = before.map(b -> b.status() != f.status() || b.hardshipType() != f.hardshipType())
                .orElse(true);
        if (changed) {
            files.addStatusChange(fileId, new StatusChange(f.status(), f.hardshipType(), LocalDate.now(),
                    blankToNull(draft.statusReason()), operator.name()));
        }
        files.replaceFamily(fileId, draft.family().stream().map(m -> m.idNumber() == null || m.idNumber().isBlank()
                ? m : new FamilyMember(m.id(), m.name(), m.relation(), m.gender(), IdNumber.parse(m.idNumber()).value(),
                m.birthDate(), m.health(), m.monthlyIncome(), m.medicalInsurance(), m.employerOrSchool())).toList());
    }

    public void delete(long id) {
        tx.run(() -> recipients.softDelete(id, operator.name()));
    }

    public void restore(long id) {
        tx.run(() -> recipients.restore(id, operator.name()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
