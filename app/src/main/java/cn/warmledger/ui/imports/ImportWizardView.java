package cn.warmledger.ui.imports;

import java.io.File;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.ImportSheet;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.imports.ImportWizardViewModel.Step;

/**
 * The import wizard's window: one page per step (file and sheet, columns, check, result), a progress bar
 * with 取消 while work runs, and 上一步 / 下一步. Tables are built by {@link ImportTables}, the errors workbook's
 * controls by {@link ErrorsWorkbookControls}.
 */
public final class ImportWizardView {
    private final ImportWizardViewModel vm;
    private final Dialogs dialogs;
    private final Runnable onImported;
    private final ErrorsWorkbookControls errors;
    private final BorderPane root = new BorderPane();
    private ObjectProperty<Integer> headerRowObject;

    public ImportWizardView(ImportWizardViewModel vm, Dialogs dialogs, Runnable onImported, Runnable onClose) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.onImported = onImported;
        this.errors = new ErrorsWorkbookControls(vm, dialogs);
        Label title = Dialogs.id(new Label(), "importStepTitle");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("import.step." + vm.stepProperty().get().name().toLowerCase()), vm.stepProperty()));
        StackPane pages = new StackPane(page(Step.SOURCE, source()), page(Step.MAPPING, mapping()),
                page(Step.CHECK, check()), page(Step.DONE, done()));
        VBox.setVgrow(pages, Priority.ALWAYS);
        root.setTop(title);
        root.setCenter(pages);
        root.setBottom(bottom(onClose));
        root.setPadding(new Insets(12));
        root.setPrefSize(980, 640);
        BorderPane.setMargin(pages, new Insets(8, 0, 8, 0));
    }

    private Node page(Step step, Node content) {
        content.visibleProperty().bind(vm.stepProperty().isEqualTo(step));
        content.managedProperty().bind(content.visibleProperty());
        return content;
    }

    private Node source() {
        Button choose = Dialogs.id(new Button(Texts.get("import.wizard.chooseFile")), "chooseImportFile");
        choose.setOnAction(e -> chooseFile());
        // the chosen file's path; a path can also be pasted here and opened with Enter
        TextField file = Dialogs.id(new TextField(), "importFile");
        file.setPromptText(Texts.get("import.wizard.noFile"));
        file.setTooltip(new javafx.scene.control.Tooltip(Texts.get("import.visits.filePath")));
        HBox.setHgrow(file, Priority.ALWAYS);
        vm.source().fileProperty().addListener((o, a, b) -> file.setText(b == null ? "" : b.toString()));
        file.setOnAction(e -> {
            if (!file.getText().isBlank()) {
                vm.openFile(java.nio.file.Path.of(file.getText().strip()));
            }
        });
        ComboBox<ImportSheet> sheet = Dialogs.id(new ComboBox<>(vm.source().sheets()), "importSheet");
        sheet.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(ImportSheet s) {
                return s == null ? "" : s.hidden() ? Texts.get("import.wizard.hidden", s.name()) : s.name();
            }

            @Override
            public ImportSheet fromString(String s) {
                return null;
            }
        });
        sheet.valueProperty().bindBidirectional(vm.source().sheetProperty());
        Spinner<Integer> header = Dialogs.id(new Spinner<>(), "headerRow");
        header.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 100_000, 1));
        headerRowObject = vm.source().headerRowProperty().asObject();
        header.getValueFactory().valueProperty().bindBidirectional(headerRowObject);
        header.setEditable(true);
        header.setPrefWidth(100);
        Label info = Dialogs.id(new Label(), "sourceInfo");
        info.textProperty().bind(vm.source().sourceInfoProperty());
        info.setWrapText(true);
        info.setMinHeight(Region.USE_PREF_SIZE);
        HBox line1 = new HBox(8, choose, file);
        line1.setAlignment(Pos.CENTER_LEFT);
        HBox line2 = new HBox(8, new Label(Texts.get("import.wizard.sheet")), sheet,
                new Label(Texts.get("import.wizard.headerRow")), header);
        line2.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Texts.get("import.wizard.headerHint"));
        hint.getStyleClass().add("hint-text");
        var top = ImportTables.topRows(vm);
        emptyState(top);
        VBox.setVgrow(top, Priority.ALWAYS);
        VBox page = new VBox(8, line1, line2, info, hint, top);
        if (vm.kind() == ImportKind.VISITS) {
            ComboBox<Campaign> campaign = Dialogs.id(new ComboBox<>(vm.visitChoices().campaigns()), "importCampaign");
            campaign.setConverter(Fields.named(Campaign::name, Texts.get("import.visits.noCampaign")));
            campaign.valueProperty().bindBidirectional(vm.visitChoices().campaignProperty());
            campaign.setPrefWidth(260);
            HBox line0 = new HBox(8, new Label(Texts.get("import.visits.campaign")), campaign);
            line0.setAlignment(Pos.CENTER_LEFT);
            page.getChildren().add(0, line0);
        }
        return page;
    }

    private Node mapping() {
        Label unmapped = Dialogs.id(new Label(), "unmappedColumns");
        unmapped.textProperty().bind(vm.columns().unmappedTextProperty());
        unmapped.setWrapText(true);
        Label missing = Dialogs.id(new Label(), "missingColumns");
        missing.getStyleClass().add("error-text");
        missing.textProperty().bind(vm.columns().missingTextProperty());
        ComboBox<RecipientCategory> category = Dialogs.id(new ComboBox<>(), "defaultCategory");
        category.getItems().add(null);
        category.getItems().addAll(RecipientCategory.values());
        category.setConverter(Texts.labels(Texts.get("import.wizard.noDefaultCategory")));
        category.valueProperty().bindBidirectional(vm.defaultCategoryProperty());
        HBox defaults = new HBox(8, new Label(Texts.get("import.wizard.defaultCategory")), category);
        defaults.setAlignment(Pos.CENTER_LEFT);
        if (vm.kind() == ImportKind.VISITS) {
            Label newPeople = Dialogs.id(new Label(Texts.get("import.visits.newPeople")), "newPeopleHint");
            newPeople.setWrapText(true);
            defaults.getChildren().setAll(newPeople);
        }
        var grid = ImportTables.mapping(vm);
        VBox.setVgrow(grid, Priority.ALWAYS);
        return new VBox(8, grid, unmapped, missing, defaults);
    }

    private Node check() {
        Label summary = Dialogs.id(new Label(), "importSummary");
        summary.textProperty().bind(vm.checked().summaryProperty());
        summary.setWrapText(true);
        // the tables below grow: without this the summary was cut to one line with an ellipsis
        summary.setMinHeight(Region.USE_PREF_SIZE);
        var preview = vm.kind() == ImportKind.VISITS ? ImportTables.visitPreview(vm) : ImportTables.preview(vm);
        var report = ImportTables.report(vm);
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox.setVgrow(report, Priority.ALWAYS);
        ComboBox<DuplicateChoice> duplicate = Dialogs.id(new ComboBox<>(), "duplicateChoice");
        duplicate.getItems().addAll(DuplicateChoice.values());
        duplicate.setConverter(Texts.labels(""));
        duplicate.valueProperty().bindBidirectional(vm.duplicateChoiceProperty());
        Label duplicateLabel = new Label();
        duplicateLabel.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("import.wizard.existing", vm.checked().existingCountProperty().get()), vm.checked().existingCountProperty()));
        HBox duplicates = new HBox(8, duplicateLabel, duplicate);
        duplicates.setAlignment(Pos.CENTER_LEFT);
        duplicates.visibleProperty().bind(vm.checked().existingCountProperty().greaterThan(0));
        duplicates.managedProperty().bind(duplicates.visibleProperty());
        Button run = Dialogs.id(new Button(), "runImport");
        run.textProperty().bind(Bindings.createStringBinding(
                () -> Texts.get("import.wizard.run", vm.checked().validCountProperty().get()), vm.checked().validCountProperty()));
        run.disableProperty().bind(vm.busyProperty().or(vm.checked().validCountProperty().isEqualTo(0)));
        run.setDefaultButton(true);
        run.setOnAction(e -> vm.runImport(onImported));
        HBox actions = new HBox(8, duplicates, heldVisits(), run, errors.saveButton("saveErrors"));
        actions.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, summary, new Label(Texts.get("import.wizard.preview")), preview,
                new Label(Texts.get("import.wizard.report")), report, actions, errors.savedLine("errorsSavedCheck"));
    }

    private void chooseFile() {
        dialogs.chooseFileToOpen(Texts.get("import.wizard.chooseFile"),
                        new FileChooser.ExtensionFilter(Texts.get("import.wizard.filter"), "*.xlsx", "*.xls", "*.csv"))
                .map(File::toPath).ifPresent(vm::openFile);
    }

    /** Before a file is chosen the sheet's table says what to do, not "表中无列" (issue 15, point 10). */
    private void emptyState(javafx.scene.control.TableView<?> table) {
        Label what = Dialogs.id(new Label(Texts.get("import.wizard.empty")), "importEmptyState");
        what.setWrapText(true);
        Button choose = Dialogs.id(new Button(Texts.get("import.wizard.chooseFile")), "chooseImportFileEmpty");
        choose.setOnAction(e -> chooseFile());
        VBox chooseFirst = new VBox(12, what, choose);
        chooseFirst.setAlignment(Pos.CENTER);
        Label noRows = new Label(Texts.get("import.wizard.emptySheet"));
        Runnable update = () -> table.setPlaceholder(vm.source().fileProperty().get() == null ? chooseFirst : noRows);
        vm.source().fileProperty().addListener((o, a, b) -> update.run());
        update.run();
    }

    /** A roster's rows the double-payment guard held: left out, or imported with a reason. */
    private Node heldVisits() {
        VisitChoices choices = vm.visitChoices();
        CheckBox include = Dialogs.id(new CheckBox(), "importDuplicates");
        include.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("import.visits.importDuplicates",
                choices.duplicateCountProperty().get()), choices.duplicateCountProperty()));
        include.selectedProperty().bindBidirectional(choices.importDuplicatesProperty());
        TextField reason = Dialogs.id(new TextField(), "duplicateReason");
        reason.textProperty().bindBidirectional(choices.duplicateReasonProperty());
        reason.disableProperty().bind(include.selectedProperty().not());
        reason.setPrefWidth(200);
        HBox box = new HBox(8, include, reason);
        box.setAlignment(Pos.CENTER_LEFT);
        box.visibleProperty().bind(choices.duplicateCountProperty().greaterThan(0));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node done() {
        Label result = Dialogs.id(new Label(), "importResult");
        result.textProperty().bind(vm.resultProperty());
        result.setWrapText(true);
        result.getStyleClass().add("page-title");
        result.setMinHeight(Region.USE_PREF_SIZE);
        return new VBox(12, result, errors.saveButton("saveErrorsAfterImport"),
                errors.savedLine("errorsSavedDone"));
    }

    private Node bottom(Runnable onClose) {
        ProgressBar bar = Dialogs.id(new ProgressBar(), "importProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(240);
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "cancelImport");
        cancel.setOnAction(e -> vm.cancel());
        HBox working = new HBox(8, bar, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        Label error = Dialogs.id(new Label(), "importError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        error.setWrapText(true);
        Button back = Dialogs.id(new Button(Texts.get("import.wizard.back")), "importBack");
        back.setOnAction(e -> vm.back());
        back.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isEqualTo(Step.SOURCE))
                .or(vm.stepProperty().isEqualTo(Step.DONE)));
        Button next = Dialogs.id(new Button(Texts.get("import.wizard.next")), "importNext");
        next.setOnAction(e -> vm.next());
        next.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isEqualTo(Step.CHECK))
                .or(vm.stepProperty().isEqualTo(Step.DONE)).or(vm.source().fileProperty().isNull()));
        Button close = Dialogs.id(new Button(Texts.get("button.close")), "closeImport");
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, working, error, spacer, back, next, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(error, Priority.SOMETIMES);
        return buttons;
    }

    public Parent root() {
        return root;
    }
}
