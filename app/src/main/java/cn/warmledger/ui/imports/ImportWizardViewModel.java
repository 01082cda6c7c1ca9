package cn.warmledger.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.imports.ColumnMapping;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportField;
import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.ImportMonitor;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.ImportSheet;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.service.imports.RecipientImportService;
import cn.warmledger.service.imports.RowOutcome;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.service.imports.RowStatus;
import cn.warmledger.service.imports.VisitImportService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The import wizard (慰问对象 → 导入): file and sheet, header row, column mapping, check with preview and
 * report, then the import in one transaction with progress and cancel. Every read, check and write runs
 * through the TaskRunner, so a 10,000-row file never blocks the window.
 */
public final class ImportWizardViewModel {
    /** The wizard's pages, in order. */
    public enum Step { SOURCE, MAPPING, CHECK, DONE }

    static final int PREVIEW_ROWS = 20;

    private final RecipientImportService imports;
    private final VisitImportService visitImport;
    private final VisitChoices visitChoices = new VisitChoices();
    private final TaskRunner tasks;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SOURCE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<ImportSheet> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<ImportSheet> sheet = new SimpleObjectProperty<>();
    private final StringProperty sourceInfo = new SimpleStringProperty("");
    private final ObservableList<List<String>> topRows = FXCollections.observableArrayList();
    private final IntegerProperty headerRow = new SimpleIntegerProperty(0);
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final StringProperty unmappedText = new SimpleStringProperty("");
    private final StringProperty missingText = new SimpleStringProperty("");
    private final ObjectProperty<RecipientCategory> defaultCategory = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final ObservableList<RowOutcome> preview = FXCollections.observableArrayList();
    private final ObservableList<RowProblem> report = FXCollections.observableArrayList();
    private final IntegerProperty existingCount = new SimpleIntegerProperty();
    private final IntegerProperty validCount = new SimpleIntegerProperty();
    private final IntegerProperty rejectedCount = new SimpleIntegerProperty();
    private final IntegerProperty warningCount = new SimpleIntegerProperty();
    private final ObjectProperty<DuplicateChoice> duplicateChoice = new SimpleObjectProperty<>(DuplicateChoice.SKIP);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty result = new SimpleStringProperty("");
    /** Where the errors workbook was saved last (issue 15, point 10): the page says so, with 打开文件夹. */
    private final ObjectProperty<Path> savedErrors = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty imported = new SimpleBooleanProperty(false);

    private LoadedSheet loaded;
    private ColumnMapping mapping;
    private ImportPlan plan;
    private TaskRunner.Running running;
    private final java.util.concurrent.atomic.AtomicBoolean cancelRequested = new java.util.concurrent.atomic.AtomicBoolean();
    private boolean applying;

    public ImportWizardViewModel(RecipientImportService imports, TaskRunner tasks) {
        this(imports, null, tasks);
    }

    /**
     * The wizard for a past campaign's roster (走访慰问 → 导入): its visits go to a campaign chosen among the
     * open ones, {@code campaignId} preselected when it is one of them.
     */
    public static ImportWizardViewModel forVisits(VisitImportService visits, Long campaignId, TaskRunner tasks) {
        ImportWizardViewModel vm = new ImportWizardViewModel(null, visits, tasks);
        VisitSteps.loadCampaigns(vm, campaignId);
        return vm;
    }

    private ImportWizardViewModel(RecipientImportService imports, VisitImportService visitImport, TaskRunner tasks) {
        this.imports = imports;
        this.visitImport = visitImport;
        this.tasks = tasks;
        visitChoices.importDuplicatesProperty().addListener((o, a, b) -> VisitSteps.countValid(this));
        duplicateChoice.addListener((o, a, b) -> {
            if (plan != null && imports != null) {
                RecipientSteps.report(this, plan);
            }
        });
        headerRow.addListener((o, before, now) -> {
            if (!applying && loaded != null) {
                remap(now.intValue());
            }
        });
        sheet.addListener((o, before, now) -> {
            if (!applying && now != null && file.get() != null) {
                loadSheet(now.name());
            }
        });
    }

    /** Step 1: a file was chosen; lists its sheets and reads the first visible one. */
    public void openFile(Path path) {
        file.set(path);
        run("import-open", p -> new Opened(sheetsOf(path), load(path, null)), opened -> {
            applying = true;
            sheets.setAll(opened.sheets());
            sheet.set(opened.sheets().stream().filter(s -> s.name().equals(opened.sheet().sheetName())).findFirst()
                    .orElse(null));
            applying = false;
            apply(opened.sheet());
        });
    }

    private record Opened(List<ImportSheet> sheets, LoadedSheet sheet) {
    }

    private void loadSheet(String name) {
        run("import-sheet", p -> load(file.get(), name), this::apply);
    }

    private void apply(LoadedSheet s) {
        loaded = s;
        plan = null;
        topRows.setAll(s.topRows());
        String hidden = sheets.stream().filter(ImportSheet::hidden).map(ImportSheet::name)
                .collect(Collectors.joining("、"));
        sourceInfo.set(Texts.get("import.wizard.sourceInfo", s.sheetName(), s.rowCount(),
                s.encoding() == null ? "" : Texts.get("import.wizard.encoding", s.encoding()))
                + (hidden.isEmpty() ? "" : Texts.get("import.wizard.hiddenSheets", hidden)));
        applying = true;
        headerRow.set(s.detectedHeaderRow());
        applying = false;
        remap(s.detectedHeaderRow());
    }

    private void remap(int row) {
        setMapping(kind() == ImportKind.VISITS ? visitImport.guessMapping(loaded, row) : imports.guessMapping(loaded, row));
    }

    private List<ImportSheet> sheetsOf(Path path) {
        return kind() == ImportKind.VISITS ? visitImport.sheets(path) : imports.sheets(path);
    }

    private LoadedSheet load(Path path, String sheetName) {
        return kind() == ImportKind.VISITS ? visitImport.load(path, sheetName) : imports.load(path, sheetName);
    }

    /** A list of 慰问对象, or a roster of a past campaign. */
    public ImportKind kind() {
        return visitImport == null ? ImportKind.RECIPIENTS : ImportKind.VISITS;
    }

    /** The fields the mapping step offers for this kind of import. */
    public List<ImportField> fields() {
        return kind().fields();
    }

    public VisitChoices visitChoices() {
        return visitChoices;
    }

    private void setMapping(ColumnMapping m) {
        mapping = m;
        List<String> sample = loaded.rowTexts(headerRow.get() + 1);
        List<MappingRow> rows = new ArrayList<>();
        for (int c = 0; c < m.headers().size(); c++) {
            if (m.headers().get(c).isBlank() && m.field(c).isEmpty()) {
                continue;
            }
            MappingRow row = new MappingRow(c, m.header(c), c < sample.size() ? sample.get(c) : "",
                    m.field(c).orElse(null));
            row.fieldProperty().addListener((o, before, now) -> {
                if (!applying) {
                    setMapping(mapping.with(row.column(), now));
                }
            });
            rows.add(row);
        }
        applying = true;
        mappingRows.setAll(rows);
        applying = false;
        unmappedText.set(m.unmappedColumns().isEmpty() ? "" : Texts.get("import.wizard.unmapped",
                m.unmappedColumns().stream().map(m::header).collect(Collectors.joining("、"))));
        missingText.set(m.missingRequired().isEmpty() ? "" : Texts.get("import.missingColumns",
                m.missingRequired().stream().map(ImportField::label).collect(Collectors.joining("、"))));
    }

    /** Sets the field of one sheet column, as the mapping step's combo box does. */
    public void map(int column, ImportField field) {
        mappingRows.stream().filter(r -> r.column() == column).findFirst()
                .ifPresentOrElse(r -> r.fieldProperty().set(field), () -> setMapping(mapping.with(column, field)));
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public boolean canMap() {
        return loaded != null && loaded.rowCount() > headerRow.get() && headerRow.get() >= 1;
    }

    public void next() {
        switch (step.get()) {
            case SOURCE -> {
                if (canMap()) {
                    step.set(Step.MAPPING);
                }
            }
            case MAPPING -> check();
            default -> {
                // CHECK moves on by importing; DONE is the end
            }
        }
    }

    public void back() {
        if (busy.get()) {
            return;
        }
        switch (step.get()) {
            case MAPPING -> step.set(Step.SOURCE);
            case CHECK -> step.set(Step.MAPPING);
            default -> {
                // nothing before SOURCE; DONE is final
            }
        }
    }

    /** Step 3: checks every row (nothing written) and shows the preview and the report. */
    public void check() {
        if (mapping == null || !mapping.missingRequired().isEmpty()) {
            error.set(missingText.get());
            return;
        }
        if (kind() == ImportKind.VISITS) {
            VisitSteps.check(this);
            return;
        }
        RecipientSteps.check(this);
    }

    /** Step 4: imports the valid rows in one transaction; cancel or failure leaves the register as it was. */
    public void runImport(Runnable onImported) {
        if (plan == null) {
            return;
        }
        if (kind() == ImportKind.VISITS) {
            VisitSteps.runImport(this, onImported);
            return;
        }
        RecipientSteps.runImport(this, onImported);
    }

    /** Writes the refused rows with their 错误原因 to {@code out}. */
    public void saveErrors(Path out) {
        if (plan == null) {
            return;
        }
        ImportPlan p0 = plan;
        boolean duplicatesIn = imported.get() && visitChoices.reasonOrNull() != null;
        DuplicateChoice choice = duplicateChoice.get();
        run("import-errors", p -> {
            if (kind() == ImportKind.VISITS) {
                visitImport.writeErrors(p0, out, duplicatesIn);
            } else {
                imports.writeErrors(p0, choice, out);
            }
            return out;
        }, savedErrors::set);
    }

    /** The errors workbook just saved, or null; set on the FX thread once the file is written. */
    public ObjectProperty<Path> savedErrorsProperty() {
        return savedErrors;
    }

    /**
     * Asks the running work to stop at its next check (at most 200 rows away); the import then throws inside
     * its transaction and everything is rolled back. The worker thread is not interrupted: an interrupt in the
     * middle of a database write would close H2's file under it.
     */
    public void cancel() {
        cancelRequested.set(true);
    }

    ImportMonitor monitor(TaskRunner.Progress p) {
        return new ImportMonitor() {
            @Override
            public void progress(long done, long total) {
                p.update(done, total);
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get() || p.isCancelled();
            }
        };
    }

    <T> void run(String name, TaskRunner.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        error.set(null);
        cancelRequested.set(false);
        busy.set(true);
        progress.unbind();
        progress.set(-1);
        running = tasks.submit(name, work, value -> {
            busy.set(false);
            onSuccess.accept(value);
        }, e -> {
            busy.set(false);
            error.set(ClerkMessages.of(e));
        });
        progress.bind(running.progress());
    }

    /** The state the steps read and set (package-private: {@link RecipientSteps}, {@link VisitSteps}). */
    VisitImportService visitImport() {
        return visitImport;
    }

    RecipientImportService recipientImport() {
        return imports;
    }

    LoadedSheet loaded() {
        return loaded;
    }

    ImportPlan plan() {
        return plan;
    }

    void plan(ImportPlan checked) {
        plan = checked;
    }

    int headerRow() {
        return headerRow.get();
    }

    void step(Step s) {
        step.set(s);
    }

    /** What the preview shows for a recipient's 身份证号: masked, as the register does by default. */
    public static String idShown(RowOutcome o) {
        return o.recipient() == null ? "" : o.recipient().maskedIdNumber();
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<ImportSheet> sheets() {
        return sheets;
    }

    public ObjectProperty<ImportSheet> sheetProperty() {
        return sheet;
    }

    public StringProperty sourceInfoProperty() {
        return sourceInfo;
    }

    public ObservableList<List<String>> topRows() {
        return topRows;
    }

    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public StringProperty unmappedTextProperty() {
        return unmappedText;
    }

    public StringProperty missingTextProperty() {
        return missingText;
    }

    public ObjectProperty<RecipientCategory> defaultCategoryProperty() {
        return defaultCategory;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public ObservableList<RowOutcome> preview() {
        return preview;
    }

    public ObservableList<RowProblem> report() {
        return report;
    }

    public IntegerProperty existingCountProperty() {
        return existingCount;
    }

    public IntegerProperty validCountProperty() {
        return validCount;
    }

    public IntegerProperty rejectedCountProperty() {
        return rejectedCount;
    }

    /** Rows that go in with a warning (性别 taken from the 身份证号 …): listed in the report and the error workbook. */
    public IntegerProperty warningCountProperty() {
        return warningCount;
    }

    public ObjectProperty<DuplicateChoice> duplicateChoiceProperty() {
        return duplicateChoice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty resultProperty() {
        return result;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty importedProperty() {
        return imported;
    }
}
