package cn.warmledger.service.recipients;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientPage;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.common.CurrentOperator;

/** The register of 慰问对象: checks, saves (one transaction per recipient), soft delete and restore. */
public final class RecipientService {
    /** Drafts per round of {@link #saveAll}: one lookup and one multi-row INSERT each; progress is told per round. */
    public static final int SAVE_ALL_CHUNK = 200;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final Transactor tx;
    private final CurrentOperator operator;
    private final AuditTrail audit;
    private final RecipientStore store;
    private final BulkRecipientWriter bulk;

    public RecipientService(RecipientRepository recipients, HardshipFileRepository files, Transactor tx,
                            CurrentOperator operator, AuditTrail audit) {
        this.recipients = recipients;
        this.files = files;
        this.tx = tx;
        this.operator = operator;
        this.audit = audit;
        this.store = new RecipientStore(recipients, files, operator, audit);
        this.bulk = new BulkRecipientWriter(recipients, files, tx, operator, audit, store);
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
        return RecipientChecks.validate(d);
    }

    /** Saves a new or edited recipient with its hardship file and family in one transaction; returns its id. */
    public long save(RecipientDraft draft) {
        Recipient r = validate(draft);
        return tx.inTransaction(() -> store.store(r, draft));
    }

    /**
     * Saves many drafts in ONE transaction (an import): each checked and stored as {@link #save} does, with
     * the same duplicate rule. {@code afterEach} gets the number saved so far and may throw to abort; any
     * exception rolls back every draft. Returns the ids in draft order.
     */
    public List<Long> saveAll(List<RecipientDraft> drafts, IntConsumer afterEach) {
        return bulk.saveAll(drafts, afterEach);
    }

    /** Recipients by id, deleted ones too: the 操作日志 names the people its entries are about. */
    public Map<Long, Recipient> findByIds(Collection<Long> ids) {
        return recipients.findByIds(ids);
    }

    /** The register's recipients (deleted ones too) holding any of these normalized 身份证号. */
    public Map<String, Recipient> findByIdNumbers(Collection<String> idNumbers) {
        return recipients.findByIdNumbers(idNumbers);
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
}
