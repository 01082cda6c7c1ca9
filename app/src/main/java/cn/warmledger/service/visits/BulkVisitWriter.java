package cn.warmledger.service.visits;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.Visit;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.VisitRepository;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.safety.AuditTrail;

/**
 * {@link VisitService#saveAll}: a roster import's many new visits in one transaction, a chunk at a time, each
 * recorded exactly as a single save records it but looked up, guarded, inserted and logged per chunk.
 */
final class BulkVisitWriter {
    private final VisitRepository visits;
    private final RecipientRepository recipients;
    private final HardshipFileRepository files;
    private final CurrentOperator operator;
    private final AuditTrail audit;
    private final VisitDrafts visitDrafts;
    private final DoublePaymentGuard guard;

    BulkVisitWriter(VisitRepository visits, RecipientRepository recipients, HardshipFileRepository files,
                    CurrentOperator operator, AuditTrail audit, VisitDrafts visitDrafts, DoublePaymentGuard guard) {
        this.visits = visits;
        this.recipients = recipients;
        this.files = files;
        this.operator = operator;
        this.audit = audit;
        this.visitDrafts = visitDrafts;
        this.guard = guard;
    }

    /** See {@link VisitService#saveAll}. */
    List<Long> saveAll(List<VisitDraft> drafts, IntConsumer afterEach) {
        return guard.inTransaction(() -> {
            Set<Long> checkedCampaigns = new HashSet<>();
            Set<List<Object>> saved = new HashSet<>();
            List<Long> ids = new ArrayList<>(drafts.size());
            int chunkSize = RecipientService.SAVE_ALL_CHUNK;
            for (int from = 0; from < drafts.size(); from += chunkSize) {
                List<VisitDraft> chunk = drafts.subList(from, Math.min(drafts.size(), from + chunkSize));
                ids.addAll(saveChunk(chunk, checkedCampaigns, saved));
                afterEach.accept(ids.size());
            }
            return ids;
        });
    }

    /**
     * One chunk of {@link #saveAll}, with what {@link VisitService#save} asks one visit at a time asked for the chunk
     * at once: the recipients and their files in two queries, the double-payment guard in one (a visit of the same
     * kind already in the campaign, or saved earlier in this call, sends that draft through the one-by-one guard),
     * the visits in one multi-row INSERT, read back in one query, and their audit entries written together.
     */
    private List<Long> saveChunk(List<VisitDraft> chunk, Set<Long> checkedCampaigns, Set<List<Object>> saved) {
        Set<Long> recipientIds = new HashSet<>();
        for (VisitDraft d : chunk) {
            if (d.id() != null) {
                throw new IllegalArgumentException("saveAll records new visits only");
            }
            if (d.campaignId() != null && checkedCampaigns.add(d.campaignId())) {
                visitDrafts.campaignOf(d.campaignId()).ifPresent(CampaignService::requireOpen);
            }
            recipientIds.add(d.recipientId());
        }
        Map<Long, Recipient> people = recipients.findByIds(recipientIds);
        Map<Long, HardshipFile> fileOf = files.findByRecipients(people.values().stream()
                .filter(Recipient::isHardshipWorker).map(Recipient::id).toList());
        Set<List<Object>> earlier = visits.sameKindKeys(recipientIds);
        List<Long> ids = new ArrayList<>(chunk.size());
        List<Visit> pending = new ArrayList<>(chunk.size());
        for (VisitDraft d : chunk) {
            Recipient r = people.get(d.recipientId());
            if (r == null) {
                throw VisitDrafts.recipientNotFound(d.recipientId());
            }
            Visit v = visitDrafts.toVisit(d, null, r, Optional.ofNullable(fileOf.get(r.id())));
            List<Object> key = DoublePaymentGuard.key(v);
            if (key != null && (earlier.contains(key) || !saved.add(key))) {
                // a same-kind visit exists or was saved in this call: store what is pending, then ask as save does
                ids.addAll(insertLogged(pending));
                pending.clear();
                guard.check(v, d.duplicateReason());
                saved.add(key);
            }
            pending.add(v);
        }
        ids.addAll(insertLogged(pending));
        return ids;
    }

    /**
     * Inserts visits with one multi-row INSERT a chunk at a time and logs each as stored (read back in one query), in
     * order; also the 集中慰问's insert ({@link BatchVisitRecorder}).
     */
    List<Long> insertLogged(List<Visit> ready) {
        List<Long> ids = new ArrayList<>(ready.size());
        for (int from = 0; from < ready.size(); from += RecipientService.SAVE_ALL_CHUNK) {
            ids.addAll(insertChunk(ready.subList(from, Math.min(ready.size(), from + RecipientService.SAVE_ALL_CHUNK))));
        }
        return ids;
    }

    private List<Long> insertChunk(List<Visit> ready) {
        List<Long> ids = visits.insertAll(ready, operator.name());
        Map<Long, Visit> stored = visits.findByIds(ids);
        List<AuditTrail.Entry> entries = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            Visit v = stored.getOrDefault(ids.get(i), ready.get(i));
            entries.add(new AuditTrail.Entry(AuditTrail.VISIT, ids.get(i), AuditAction.INSERT, null, v));
        }
        audit.recordAll(entries);
        return ids;
    }
}
