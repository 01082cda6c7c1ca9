package cn.warmledger.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.domain.Progress;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.visits.VisitDraft;
import cn.warmledger.service.visits.VisitService;

/**
 * Brings a past campaign's roster (who received how much) in as visits of a chosen campaign. The sheet is
 * read, its header found and its cells parsed exactly as for a recipient list; the visits are recorded by
 * {@link VisitService#saveAll}, so the snapshot of the household, the closed-campaign lock and the
 * double-payment guard are the ones a visit entered by hand meets. A person not in the register is created
 * from the row (ADR 5-2). One transaction: a cancel or a failure leaves visits and register as they were.
 */
public final class VisitImportService implements SheetImport {
    /** A roster without 对象类别 or 困难类型 creates its new people as 其他慰问对象. */
    public static final RecipientCategory NEW_RECIPIENT_CATEGORY = RecipientCategory.OTHER;
    /** A row without 慰问形式. */
    public static final VisitForm DEFAULT_FORM = VisitForm.HOME_VISIT;

    private final RecipientImportService sheets;
    private final RecipientService recipients;
    private final VisitService visits;
    private final CampaignService campaigns;
    private final SetupService setup;
    private final Transactor tx;

    public VisitImportService(RecipientImportService sheets, RecipientService recipients, VisitService visits,
                              CampaignService campaigns, SetupService setup, Transactor tx) {
        this.sheets = sheets;
        this.recipients = recipients;
        this.visits = visits;
        this.campaigns = campaigns;
        this.setup = setup;
        this.tx = tx;
    }

    @Override
    public List<ImportSheet> sheets(Path file) {
        return sheets.sheets(file);
    }

    @Override
    public LoadedSheet load(Path file, String sheetName) {
        return sheets.load(file, sheetName);
    }

    /** The campaigns a roster can go to: the open ones, newest first as the campaign list has them. */
    public List<Campaign> openCampaigns() {
        return campaigns.list().stream().filter(c -> !c.isClosed()).toList();
    }

    /** The columns of {@code headerRow} mapped to the roster's fields (慰问金, 慰问日期, … and the person's). */
    @Override
    public ColumnMapping guessMapping(LoadedSheet sheet, int headerRow) {
        return ColumnMapping.guess(sheet.rowTexts(headerRow), ImportKind.VISITS);
    }

    /**
     * Checks every row for {@code campaignId} (which must exist and be open); writes nothing. Rows of people
     * already visited in the campaign (same 帮扶类别), or on two rows of the file, are held as duplicates.
     */
    public ImportPlan analyse(LoadedSheet sheet, int headerRow, ColumnMapping mapping, long campaignId,
                              Progress monitor) {
        if (mapping.kind() != ImportKind.VISITS) {
            throw new IllegalArgumentException("a roster needs a visit mapping");
        }
        if (!mapping.missingRequired().isEmpty()) {
            throw new InvalidValueException(Messages.get("import.mapping"), Messages.get("import.missingColumns",
                    mapping.missingRequired().stream().map(ImportField::label).collect(Collectors.joining("、"))));
        }
        Campaign campaign = visits.openCampaign(campaignId);
        ImportOptions options = new ImportOptions(NEW_RECIPIENT_CATEGORY, setup.self().map(Organization::id).orElse(null));
        SheetScan.Scan scan = SheetScan.scan(sheet, headerRow, mapping, monitor);
        List<RowOutcome> checked = scan.checked();
        Map<String, Recipient> registered = recipients.findByIdNumbers(checked.stream()
                .map(o -> o.values().idNumber).filter(id -> id != null).toList());
        Map<Long, HardshipFile> files = visits.fileSnapshots(registered.values().stream()
                .filter(Recipient::isHardshipWorker).map(Recipient::id).toList());
        for (RowOutcome o : checked) {
            if (o.status() == RowStatus.NEW) {
                decide(o, mapping, options, registered.get(o.values().idNumber), files, campaign);
            }
        }
        holdRepeatedPeople(checked, mapping);
        holdVisitedInCampaign(checked, mapping, campaignId);
        monitor.update(scan.all().size(), scan.all().size());
        return new ImportPlan(sheet, headerRow, mapping, scan.all(), campaignId);
    }

    private void decide(RowOutcome o, ColumnMapping mapping, ImportOptions options, Recipient registered,
                        Map<Long, HardshipFile> files, Campaign campaign) {
        RowValues v = o.values();
        int row = o.rowNumber();
        if (v.name == null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.NAME), Messages.get("error.required")));
        }
        if (v.idNumber == null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.ID_NUMBER), Messages.get("idNumber.empty")));
        }
        if (v.visitedOn == null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.VISITED_ON), Messages.get("error.required")));
        }
        if (registered != null && registered.deletedAt() != null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.ID_NUMBER),
                    Messages.get("import.visits.recipientDeleted", registered.name(), registered.maskedIdNumber())));
        } else if (registered != null && v.name != null && !registered.name().equals(v.name)) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.NAME),
                    Messages.get("import.visits.nameMismatch", v.name, registered.name())));
        }
        if (o.status() == RowStatus.REJECTED) {
            return;
        }
        Recipient recipient = registered;
        RecipientDraft draft = null;
        HardshipFile file = registered == null ? null : files.get(registered.id());
        if (registered == null) {
            draft = v.newDraft(options, null);
            try {
                recipient = recipients.validate(draft);
            } catch (InvalidValueException e) {
                o.addProblem(new RowProblem(row, RecipientImportService.headerFor(mapping, e.field()), e.reason()));
                return;
            }
            file = draft.hardshipFile();
        }
        ImportedVisit visit = new ImportedVisit(recipient, draft, file == null ? null : file.hardshipType(),
                file == null ? null : file.status(), v.visitedOn, v.visitForm == null ? DEFAULT_FORM : v.visitForm,
                v.visitors, v.cash == null ? Money.zero() : v.cash, v.goods,
                v.goodsValue == null ? Money.zero() : v.goodsValue, v.fundSource,
                v.assistanceKind == null ? AssistanceKind.WARMTH : v.assistanceKind, v.note);
        o.acceptVisit(registered == null ? RowStatus.VISIT_NEW_RECIPIENT : RowStatus.VISIT, visit);
        if (!campaign.covers(v.visitedOn)) {
            o.addWarning(new RowProblem(row, mapping.headerOf(ImportField.VISITED_ON),
                    Messages.get("visit.outsidePeriod", v.visitedOn.toString(), campaign.name(), campaign.period())));
        }
    }

    /** The same person (and 帮扶类别) on two rows: both held, each naming the other. */
    private static void holdRepeatedPeople(List<RowOutcome> checked, ColumnMapping mapping) {
        Map<String, List<RowOutcome>> byPerson = new LinkedHashMap<>();
        for (RowOutcome o : checked) {
            if (o.values().idNumber != null) {
                AssistanceKind kind = o.values().assistanceKind == null ? AssistanceKind.WARMTH : o.values().assistanceKind;
                byPerson.computeIfAbsent(o.values().idNumber + "/" + kind, k -> new ArrayList<>()).add(o);
            }
        }
        for (List<RowOutcome> same : byPerson.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (RowOutcome o : same) {
                String others = same.stream().filter(x -> x != o).map(x -> String.valueOf(x.rowNumber()))
                        .collect(Collectors.joining("、"));
                o.holdAsDuplicate(new RowProblem(o.rowNumber(), mapping.headerOf(ImportField.ID_NUMBER),
                        Messages.get("import.visits.samePerson", others)));
            }
        }
    }

    /** A registered person with a visit of the same 帮扶类别 in the campaign already: held (the guard). */
    private void holdVisitedInCampaign(List<RowOutcome> checked, ColumnMapping mapping, long campaignId) {
        Map<String, VisitSummary> earlier = new HashMap<>();
        for (VisitSummary s : visits.search(VisitQuery.ofCampaign(campaignId))) {
            earlier.merge(s.recipientId() + "/" + s.assistanceKind(), s,
                    (a, b) -> a.visitedOn().isBefore(b.visitedOn()) ? a : b);
        }
        for (RowOutcome o : checked) {
            ImportedVisit v = o.visit();
            if (v == null || v.createsRecipient()) {
                continue;
            }
            VisitSummary e = earlier.get(v.recipient().id() + "/" + v.assistanceKind());
            if (e != null) {
                o.holdAsDuplicate(new RowProblem(o.rowNumber(), mapping.headerOf(ImportField.ID_NUMBER),
                        Messages.get("import.visits.alreadyVisited", e.visitedOn().toString(),
                                e.cash().toPlainString(), e.assistanceKind().label())));
            }
        }
    }

    /**
     * Records the plan's visits in one transaction: people not in the register created first, then every
     * visit through VisitService. Rows the guard held are imported only with {@code duplicateReason} (kept on
     * each such visit); null or blank leaves them out. A closed campaign, a cancel or any failure rolls
     * everything back.
     */
    public VisitImportResult execute(ImportPlan plan, String duplicateReason, Progress monitor) {
        if (plan.campaignId() == null) {
            throw new IllegalArgumentException("not a roster plan");
        }
        long campaignId = plan.campaignId();
        String reason = duplicateReason == null || duplicateReason.isBlank() ? null : duplicateReason.strip();
        List<RowOutcome> rows = plan.rows().stream().filter(o -> o.status() == RowStatus.VISIT
                || o.status() == RowStatus.VISIT_NEW_RECIPIENT
                || (reason != null && o.status() == RowStatus.DUPLICATE_VISIT)).toList();
        Map<String, RecipientDraft> people = new LinkedHashMap<>();
        rows.stream().filter(o -> o.visit().createsRecipient())
                .forEach(o -> people.putIfAbsent(o.visit().recipient().idNumber(), o.visit().newRecipient()));
        int total = people.size() + rows.size();
        if (monitor.isCancelled()) {
            throw new ImportCancelledException();
        }
        monitor.update(0, total);
        tx.run(() -> {
            visits.openCampaign(campaignId);
            List<Long> ids = recipients.saveAll(List.copyOf(people.values()), done -> tick(monitor, done, total));
            Map<String, Long> created = new HashMap<>();
            List<String> numbers = List.copyOf(people.keySet());
            for (int i = 0; i < numbers.size(); i++) {
                created.put(numbers.get(i), ids.get(i));
            }
            List<VisitDraft> drafts = rows.stream().map(o -> o.visit().draft(
                    o.visit().createsRecipient() ? created.get(o.visit().recipient().idNumber()) : o.visit().recipient().id(),
                    campaignId, o.status() == RowStatus.DUPLICATE_VISIT ? reason : null)).toList();
            visits.saveAll(drafts, done -> tick(monitor, people.size() + done, total));
        });
        int held = plan.count(RowStatus.DUPLICATE_VISIT);
        return new VisitImportResult(rows.size(), people.size(), reason == null ? 0 : held, reason == null ? held : 0,
                plan.count(RowStatus.REJECTED));
    }

    private static void tick(Progress monitor, long done, long total) {
        monitor.update(done, total);
        if (monitor.isCancelled()) {
            throw new ImportCancelledException();
        }
    }

    /**
     * The rows not imported, as they were plus 错误原因: the refused ones and, unless they were imported with a
     * reason, those the double-payment guard held.
     */
    public void writeErrors(ImportPlan plan, Path out, boolean duplicatesImported) {
        List<RowOutcome> rows = plan.rows().stream().filter(o -> o.status() == RowStatus.REJECTED
                || (!duplicatesImported && o.status() == RowStatus.DUPLICATE_VISIT)).toList();
        SheetScan.writeErrors(plan, rows, plan.warnings(), out);
    }
}
