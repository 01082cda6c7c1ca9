package cn.warmledger.service.recipients;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.StatusChange;
import cn.warmledger.domain.Trimmed;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.safety.AuditTrail;

/**
 * {@link RecipientService#saveAll}: an import's drafts in one transaction, a chunk at a time — new recipients
 * without family in multi-row INSERTs with their files and audit entries written together, the rest through
 * {@link RecipientStore} one by one; the new rows' name pieces are written once at the end (ADR 16-5).
 */
final class BulkRecipientWriter {
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;
    private final RecipientStore store;

    BulkRecipientWriter(RecipientRepository recipients, HardshipFileRepository files, Transactor tx,
                        CurrentOperator operator, AuditTrail audit, RecipientStore store) {
        this.recipients = recipients;
        this.files = files;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
        this.store = store;
    }

    /** See {@link RecipientService#saveAll}. */
    List<Long> saveAll(List<RecipientDraft> drafts, IntConsumer afterEach) {
        return tx.inTransaction(() -> {
            List<Long> ids = new ArrayList<>(drafts.size());
            // the new rows' search pieces are written once at the end, in key order (ADR 16-5)
            RecipientRepository.Unindexed unindexed = recipients.unindexed();
            int chunkSize = RecipientService.SAVE_ALL_CHUNK;
            for (int from = 0; from < drafts.size(); from += chunkSize) {
                ids.addAll(storeChunk(drafts.subList(from, Math.min(drafts.size(), from + chunkSize)), unindexed));
                afterEach.accept(ids.size());
            }
            unindexed.index();
            return ids;
        });
    }

    /**
     * The duplicate rule of {@link RecipientStore#store} for a chunk at once (one lookup, and a number twice in the chunk
     * is refused too); then new recipients without family in multi-row INSERTs, everything else one by one.
     */
    private List<Long> storeChunk(List<RecipientDraft> chunk, RecipientRepository.Unindexed unindexed) {
        List<Recipient> checked = chunk.stream().map(RecipientChecks::validate).toList();
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
                ids.add(store.store(r, draft));
                continue;
            }
            ids.add(id);
            if (r.isHardshipWorker()) {
                HardshipFile f = draft.hardshipFile();
                newFiles.put(id, f);
                firstChanges.put(id, new StatusChange(f.status(), f.hardshipType(), LocalDate.now(),
                        Trimmed.orNull(draft.statusReason()), operator.name()));
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
}
