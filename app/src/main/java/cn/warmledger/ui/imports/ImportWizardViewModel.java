package cn.warmledger.ui.imports;

import java.nio.file.Path;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.imports.ColumnMapping;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportField;
import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.service.imports.RecipientImportService;
import cn.warmledger.service.imports.RowOutcome;
import cn.warmledger.service.imports.VisitImportService;
import cn.warmledger.ui.common.TaskRunner;

/**
 * The import wizard (慰问对象 → 导入): file and sheet, header row, column mapping, check with preview and
 * report, then the import in one transaction with progress and cancel. Every read, check and write runs
 * through the TaskRunner, so a 10,000-row file never blocks the window.
 */
public final class ImportWizardViewModel {
    /** The wizard's pages, in order. */
    public enum Step { SOURCE, MAPPING, CHECK, DONE }

    static final int PREVIEW_ROWS = 20;

    private final ImportSteps steps;
    private final VisitChoices visitChoices = new VisitChoices();
    private final TaskRunner tasks;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.SOURCE);
    private final ColumnsTable columns = new ColumnsTable();
    private final SourcePage source;
    private final CheckResults checked = new CheckResults();
    private final ObjectProperty<RecipientCategory> defaultCategory = new SimpleObjectProperty<>();
    private final ObjectProperty<DuplicateChoice> duplicateChoice = new SimpleObjectProperty<>(DuplicateChoice.SKIP);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty result = new SimpleStringProperty("");
    /** Where the errors workbook was saved last (issue 15, point 10): the page says so, with 打开文件夹. */
    private final ObjectProperty<Path> savedErrors = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty();
    private final BooleanProperty imported = new SimpleBooleanProperty(false);

    private ImportPlan plan;
    private TaskRunner.Running running;
    private final java.util.concurrent.atomic.AtomicBoolean cancelRequested = new java.util.concurrent.atomic.AtomicBoolean();

    public ImportWizardViewModel(RecipientImportService imports, TaskRunner tasks) {
        this(new RecipientSteps(imports), tasks);
    }

    /**
     * The wizard for a past campaign's roster (走访慰问 → 导入): its visits go to a campaign chosen among the
     * open ones, {@code campaignId} preselected when it is one of them.
     */
    public static ImportWizardViewModel forVisits(VisitImportService visits, Long campaignId, TaskRunner tasks) {
        VisitSteps steps = new VisitSteps(visits);
        ImportWizardViewModel vm = new ImportWizardViewModel(steps, tasks);
        steps.loadCampaigns(vm, campaignId);
        return vm;
    }

    private ImportWizardViewModel(ImportSteps steps, TaskRunner tasks) {
        this.steps = steps;
        this.tasks = tasks;
        this.source = new SourcePage(this, steps, columns);
        visitChoices.importDuplicatesProperty().addListener((o, a, b) -> VisitSteps.countValid(this));
        duplicateChoice.addListener((o, a, b) -> steps.duplicateChoiceChanged(this));
    }

    /** Step 1: a file was chosen; lists its sheets and reads the first visible one. */
    public void openFile(Path path) {
        source.openFile(path);
    }

    /** The first page: file, sheet, first rows, header row. */
    public SourcePage source() {
        return source;
    }

    /** A list of 慰问对象, or a roster of a past campaign. */
    public ImportKind kind() {
        return steps.kind();
    }

    /** The fields the mapping step offers for this kind of import. */
    public List<ImportField> fields() {
        return kind().fields();
    }

    public VisitChoices visitChoices() {
        return visitChoices;
    }

    /** Sets the field of one sheet column, as the mapping step's combo box does. */
    public void map(int column, ImportField field) {
        columns.map(column, field);
    }

    public ColumnMapping mapping() {
        return columns.mapping();
    }

    public boolean canMap() {
        return source.canMap();
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
        ColumnMapping mapping = columns.mapping();
        if (mapping == null || !mapping.missingRequired().isEmpty()) {
            error.set(columns.missingTextProperty().get());
            return;
        }
        steps.check(this);
    }

    /** Step 4: imports the valid rows in one transaction; cancel or failure leaves the register as it was. */
    public void runImport(Runnable onImported) {
        if (plan == null) {
            return;
        }
        steps.runImport(this, onImported);
    }

    /** Writes the refused rows with their 错误原因 to {@code out}. */
    public void saveErrors(Path out) {
        if (plan == null) {
            return;
        }
        run("import-errors", steps.errorsWriter(this, out), savedErrors::set);
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

    <T> void run(String name, TaskRunner.Work<T> work, java.util.function.Consumer<T> onSuccess) {
        error.set(null);
        cancelRequested.set(false);
        busy.set(true);
        progress.unbind();
        progress.set(-1);
        running = tasks.submit(name, p -> work.run(p.orStoppedBy(cancelRequested::get)), value -> {
            busy.set(false);
            onSuccess.accept(value);
        }, e -> {
            busy.set(false);
            error.set(ClerkMessages.of(e));
        });
        progress.bind(running.progress());
    }

    /** The state the steps read and set (package-private: {@link RecipientSteps}, {@link VisitSteps}). */
    LoadedSheet loaded() {
        return source.loaded();
    }

    ImportPlan plan() {
        return plan;
    }

    void plan(ImportPlan checked) {
        plan = checked;
    }

    int headerRow() {
        return source.headerRowProperty().get();
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

    /** The mapping page's columns. */
    public ColumnsTable columns() {
        return columns;
    }

    /** The check page's results. */
    public CheckResults checked() {
        return checked;
    }

    public ObjectProperty<RecipientCategory> defaultCategoryProperty() {
        return defaultCategory;
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
