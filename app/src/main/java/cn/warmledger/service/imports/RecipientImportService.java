package cn.warmledger.service.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.Progress;
import cn.warmledger.excel.importing.SpreadsheetReader;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.settings.SetupService;

/**
 * Brings an office's existing list of 慰问对象 into the register: read the sheet, map its columns, check
 * every row (nothing written), then save the valid rows in one transaction and write the refused ones to
 * an error workbook. The checks are RecipientService's, so an imported recipient obeys the form's rules.
 */
public final class RecipientImportService implements SheetImport {
    private final RecipientService recipients;
    private final SetupService setup;

    public RecipientImportService(RecipientService recipients, SetupService setup) {
        this.recipients = recipients;
        this.setup = setup;
    }

    @Override
    public List<ImportSheet> sheets(Path file) {
        checkKind(file);
        return SpreadsheetReader.sheets(file).stream().map(s -> new ImportSheet(s.name(), s.hidden())).toList();
    }

    /** Reads a sheet (null: the first visible one) and finds its header row; a sheet with nothing in it is refused. */
    @Override
    public LoadedSheet load(Path file, String sheetName) {
        checkKind(file);
        LoadedSheet sheet = new LoadedSheet(file, SpreadsheetReader.read(file, sheetName));
        if (sheet.isEmpty()) {
            throw new InvalidValueException(Messages.get("import.sheet"),
                    Messages.get("import.emptySheet", sheet.sheetName(), file.getFileName().toString()));
        }
        return sheet;
    }

    private static void checkKind(Path file) {
        if (!SpreadsheetReader.isSupported(file)) {
            throw new InvalidValueException(Messages.get("import.file"),
                    Messages.get("import.unsupported", file.getFileName().toString()));
        }
    }

    /** The columns of {@code headerRow} (1-based) mapped by their headers' synonyms. */
    @Override
    public ColumnMapping guessMapping(LoadedSheet sheet, int headerRow) {
        return ColumnMapping.guess(sheet.rowTexts(headerRow));
    }

    /** Checks every row below {@code headerRow}; writes nothing. */
    public ImportPlan analyse(LoadedSheet sheet, int headerRow, ColumnMapping mapping, ImportOptions options,
                              Progress monitor) {
        if (!mapping.missingRequired().isEmpty()) {
            throw new InvalidValueException(Messages.get("import.mapping"), Messages.get("import.missingColumns",
                    mapping.missingRequired().stream().map(ImportField::label).collect(Collectors.joining("、"))));
        }
        ImportOptions opts = options.organizationId() != null ? options
                : options.withOrganization(setup.self().map(Organization::id).orElse(null));
        SheetScan.Scan scan = SheetScan.scan(sheet, headerRow, mapping, monitor);
        List<RowOutcome> outcomes = scan.all();
        List<RowOutcome> checked = scan.checked();
        markRepeatedPeople(checked);
        Map<String, Recipient> existing = recipients.findByIdNumbers(checked.stream()
                .map(o -> o.values().idNumber).filter(id -> id != null).toList());
        for (RowOutcome o : checked) {
            if (o.status() == RowStatus.NEW) {
                decide(o, mapping, opts, existing.get(o.values().idNumber));
            }
        }
        monitor.update(outcomes.size(), outcomes.size());
        return new ImportPlan(sheet, headerRow, mapping, outcomes);
    }

    /** The same 身份证号 on two rows: both refused, each naming the other. */
    private static void markRepeatedPeople(List<RowOutcome> checked) {
        Map<String, List<RowOutcome>> byId = new LinkedHashMap<>();
        for (RowOutcome o : checked) {
            if (o.values().idNumber != null) {
                byId.computeIfAbsent(o.values().idNumber, k -> new ArrayList<>()).add(o);
            }
        }
        for (List<RowOutcome> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (RowOutcome o : same) {
                String others = same.stream().filter(x -> x != o).map(x -> String.valueOf(x.rowNumber()))
                        .collect(Collectors.joining("、"));
                o.addProblem(new RowProblem(o.rowNumber(), Messages.get("field.idNumber"),
                        Messages.get("import.samePerson", others)));
            }
        }
    }

    /** A row whose cells all parsed: required values, then RecipientService's whole-record check. */
    private void decide(RowOutcome o, ColumnMapping mapping, ImportOptions options, Recipient existing) {
        RowValues v = o.values();
        int row = o.rowNumber();
        if (v.name == null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.NAME), Messages.get("error.required")));
        }
        if (v.idNumber == null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.ID_NUMBER), Messages.get("idNumber.empty")));
        }
        if (existing == null && v.categoryOr(options.defaultCategory()) == null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.CATEGORY), Messages.get("import.noCategory")));
        }
        if (existing != null && existing.deletedAt() != null) {
            o.addProblem(new RowProblem(row, mapping.headerOf(ImportField.ID_NUMBER),
                    Messages.get("recipient.duplicateDeleted", existing.name(), existing.maskedIdNumber())));
        }
        if (o.status() == RowStatus.REJECTED) {
            return;
        }
        RecipientDraft draft = existing == null ? v.newDraft(options)
                : v.updateDraft(recipients.details(existing.id()).orElseThrow());
        try {
            o.accept(existing == null ? RowStatus.NEW : RowStatus.EXISTING, draft, recipients.validate(draft));
        } catch (InvalidValueException e) {
            o.addProblem(new RowProblem(row, headerFor(mapping, e.field()), e.reason()));
        }
    }

    private static final Map<String, ImportField> FIELD_BY_LABEL = new HashMap<>();

    static {
        FIELD_BY_LABEL.put("field.name", ImportField.NAME);
        FIELD_BY_LABEL.put("field.idNumber", ImportField.ID_NUMBER);
        FIELD_BY_LABEL.put("field.gender", ImportField.GENDER);
        FIELD_BY_LABEL.put("field.birthDate", ImportField.BIRTH_DATE);
        FIELD_BY_LABEL.put("field.phone", ImportField.PHONE);
        FIELD_BY_LABEL.put("field.category", ImportField.CATEGORY);
        FIELD_BY_LABEL.put("field.hardshipType", ImportField.HARDSHIP_TYPE);
        FIELD_BY_LABEL.put("field.fileStatus", ImportField.FILE_STATUS);
    }

    /** The sheet's header for a field RecipientService named in its own words. */
    static String headerFor(ColumnMapping mapping, String fieldText) {
        for (Map.Entry<String, ImportField> e : FIELD_BY_LABEL.entrySet()) {
            if (Messages.get(e.getKey()).equals(fieldText)) {
                return mapping.headerOf(e.getValue());
            }
        }
        return fieldText;
    }

    /**
     * Saves the plan's valid rows in one transaction: new recipients inserted, registered ones updated or
     * skipped. A cancel or any failure rolls everything back and the register is as it was.
     */
    public ImportResult execute(ImportPlan plan, DuplicateChoice choice, Progress monitor) {
        List<RowOutcome> fresh = plan.rows(RowStatus.NEW);
        List<RowOutcome> registered = plan.rows(RowStatus.EXISTING);
        List<RecipientDraft> drafts = new ArrayList<>(fresh.size() + registered.size());
        fresh.forEach(o -> drafts.add(o.draft()));
        if (choice == DuplicateChoice.UPDATE) {
            registered.forEach(o -> drafts.add(o.draft()));
        }
        if (monitor.isCancelled()) {
            throw new ImportCancelledException();
        }
        monitor.update(0, drafts.size());
        recipients.saveAll(drafts, done -> {
            monitor.update(done, drafts.size());
            if (monitor.isCancelled()) {
                throw new ImportCancelledException();
            }
        });
        boolean update = choice == DuplicateChoice.UPDATE;
        return new ImportResult(fresh.size(), update ? registered.size() : 0, update ? 0 : registered.size(),
                plan.count(RowStatus.REJECTED));
    }

    /** The refused rows as they were, under the sheet's header, with 错误原因 at the end (registered people skipped). */
    public void writeErrors(ImportPlan plan, Path out) {
        writeErrors(plan, DuplicateChoice.SKIP, out);
    }

    /**
     * The same, beside the warnings of the rows that go in with {@code choice} (a registered person skipped brings
     * none: nothing of that row is imported).
     */
    public void writeErrors(ImportPlan plan, DuplicateChoice choice, Path out) {
        SheetScan.writeErrors(plan, plan.rows(RowStatus.REJECTED), plan.warnings(choice), out);
    }
}
