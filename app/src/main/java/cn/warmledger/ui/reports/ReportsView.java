package cn.warmledger.ui.reports;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.ScreenFit;
import cn.warmledger.ui.common.Texts;

/** 报表: choose the output, fill it, preview the sheet, export, print, 上报; add the upper union's template. */
public final class ReportsView {
    static final int PREVIEW_ROWS = 500;
    /** Widest a preview column grows to fit its text, and how many rows are measured for it. */
    private static final double MAX_PREVIEW_COLUMN = 320;
    private static final int MEASURED_ROWS = 200;
    /** A merged block over fewer columns than this is a grouped heading whose text the columns must show. */
    private static final int MAX_GROUPED_COLUMNS = 6;
    private final ReportsViewModel vm;
    private final Dialogs dialogs;
    private final VBox root = new VBox(10);
    private final TableView<List<String>> table = Dialogs.id(new TableView<>(), "reportPreview");
    private final Label previewInfo = Dialogs.id(new Label(), "reportPreviewInfo");

    private final Runnable openUploadSettingsAction;
    private final javafx.beans.value.ChangeListener<SheetGrid> showPreview = (obs, old, grid) -> show(grid);

    /** {@code openUploadSettings} shows 设置 → 上报方式 (offered when 上报 finds none set up). */
    public ReportsView(ReportsViewModel vm, Dialogs dialogs, Runnable openUploadSettings) {
        this.openUploadSettingsAction = openUploadSettings;
        this.vm = vm;
        this.dialogs = dialogs;
        build();
        vm.load();
    }

    private void build() {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("reports.title"));
        title.getStyleClass().add("page-title");

        ComboBox<ReportKind> kind = Dialogs.id(new ComboBox<>(vm.kinds), "reportKind");
        kind.valueProperty().bindBidirectional(vm.kind);
        kind.setConverter(Texts.labels(""));
        ComboBox<CampaignRef> campaign = Dialogs.id(new ComboBox<>(vm.campaigns), "reportCampaign");
        campaign.valueProperty().bindBidirectional(vm.campaign);
        Spinner<Integer> year = Dialogs.id(new Spinner<>(2000, 2100, vm.year.get()), "reportYear");
        year.setEditable(true);
        year.setPrefWidth(100);
        year.valueProperty().addListener((obs, old, now) -> vm.year.set(now));
        ComboBox<Organization> unit = Dialogs.id(new ComboBox<>(vm.units), "reportUnit");
        unit.valueProperty().bindBidirectional(vm.unit);
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Organization o) {
                return o == null ? Texts.get("reports.allUnits") : o.name();
            }

            @Override
            public Organization fromString(String s) {
                return null;
            }
        });
        Button allUnits = new Button(Texts.get("reports.allUnits"));
        allUnits.setOnAction(e -> vm.unit.set(null));
        CheckBox fullId = Dialogs.id(new CheckBox(Texts.get("reports.fullId")), "reportFullId");
        fullId.selectedProperty().bindBidirectional(vm.fullId);
        ComboBox<ReportsViewModel.TemplateChoice> template = Dialogs.id(new ComboBox<>(vm.templates), "reportTemplate");
        template.valueProperty().bindBidirectional(vm.template);
        Button addTemplate = Dialogs.id(new Button(Texts.get("reports.addTemplate")), "reportAddTemplate");
        addTemplate.setOnAction(e -> dialogs.chooseFileToOpen(Texts.get("reports.addTemplate"),
                        new FileChooser.ExtensionFilter("Excel (.xlsx)", "*.xlsx"))
                .ifPresent(f -> vm.addTemplate(f.toPath())));
        Button guide = Dialogs.id(new Button(Texts.get("reports.guide")), "reportGuide");
        guide.setOnAction(e -> dialogs.info(Texts.get("reports.guideTitle"), vm.guide()));

        HBox campaignBox = labelled("reports.campaign", campaign);
        HBox yearBox = labelled("reports.year", year);
        HBox unitBox = new HBox(6, new Label(Texts.get("reports.unit")), unit, allUnits, fullId);
        unitBox.setAlignment(Pos.CENTER_LEFT);
        campaignBox.visibleProperty().bind(Bindings.createBooleanBinding(() -> vm.kind.get().perCampaign(), vm.kind));
        campaignBox.managedProperty().bind(campaignBox.visibleProperty());
        yearBox.visibleProperty().bind(campaignBox.visibleProperty().not());
        yearBox.managedProperty().bind(yearBox.visibleProperty());
        unitBox.visibleProperty().bind(vm.kind.isEqualTo(ReportKind.ROSTER));
        unitBox.managedProperty().bind(unitBox.visibleProperty());
        FlowPane choices = new FlowPane(14, 8, labelled("reports.output", kind), campaignBox, yearBox, unitBox,
                labelled("reports.template", template), addTemplate, guide);

        Button preview = Dialogs.id(new Button(Texts.get("reports.preview")), "reportPreviewButton");
        preview.setOnAction(e -> vm.previewOnly());
        Button export = Dialogs.id(new Button(Texts.get("reports.export")), "reportExport");
        export.getStyleClass().add("accent");
        export.setOnAction(e -> vm.export());
        Button print = Dialogs.id(new Button(Texts.get("reports.print")), "reportPrint");
        print.setOnAction(e -> print());
        print.disableProperty().bind(vm.preview.isNull().or(vm.busy));
        Button submit = Dialogs.id(new Button(Texts.get("reports.submit")), "reportSubmit");
        submit.setOnAction(e -> vm.submit());
        submit.disableProperty().bind(vm.lastExport.isNull().or(vm.busy).or(vm.submitted));
        Button cancel = Dialogs.id(new Button(Texts.get("reports.cancel")), "reportCancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.busy.not());
        preview.disableProperty().bind(vm.busy);
        export.disableProperty().bind(vm.busy);
        ProgressBar progress = Dialogs.id(new ProgressBar(), "reportProgress");
        progress.progressProperty().bind(vm.progress);
        progress.visibleProperty().bind(vm.busy);
        Label status = Dialogs.id(new Label(), "reportStatus");
        status.textProperty().bind(vm.status);
        Label error = Dialogs.id(new Label(), "reportError");
        error.textProperty().bind(vm.error);
        error.getStyleClass().add("error");
        Button openFile = Dialogs.id(new Button(Texts.get("reports.openFile")), "reportOpenFile");
        openFile.setOnAction(e -> dialogs.open(vm.lastExport.get().file()));
        Button openFolder = Dialogs.id(new Button(Texts.get("reports.openFolder")), "reportOpenFolder");
        openFolder.setOnAction(e -> dialogs.openFolder(vm.lastExport.get().file().getParent()));
        HBox result = new HBox(8, status, openFile, openFolder);
        result.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(status, Priority.SOMETIMES);
        for (Button b : List.of(openFile, openFolder)) {
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.visibleProperty().bind(vm.lastExport.isNotNull());
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox actions = new HBox(8, preview, export, print, submit, cancel, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        // the buttons keep their labels; the status (a long export path) has a line of its own
        List.of(preview, export, print, submit, cancel).forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        status.setWrapText(true);
        Label uploadWarning = Dialogs.id(new Label(), "reportUploadWarning");
        uploadWarning.textProperty().bind(vm.uploadWarning);
        uploadWarning.getStyleClass().add("warning-text");
        uploadWarning.setWrapText(true);
        Button openUploadSettings = Dialogs.id(new Button(Texts.get("reports.openUploadSettings")),
                "reportOpenUploadSettings");
        openUploadSettings.setOnAction(e -> openUploadSettingsAction.run());
        HBox warning = new HBox(8, uploadWarning, openUploadSettings);
        warning.setAlignment(Pos.CENTER_LEFT);
        warning.visibleProperty().bind(vm.uploadWarning.isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());

        table.setPlaceholder(new Label(Texts.get("print.nothingPreviewed")));
        ScreenFit.keepColumns(table); // laid out as the sheet's own columns
        VBox.setVgrow(table, Priority.ALWAYS);
        // weakly: the view model outlives this view (it is kept while the clerk visits other screens)
        vm.preview.addListener(new javafx.beans.value.WeakChangeListener<>(showPreview));
        show(vm.preview.get());
        // the status, error and preview lines take room only when they say something
        for (Label line : List.of(status, error, previewInfo)) {
            line.managedProperty().bind(line.textProperty().isNotEmpty());
            line.visibleProperty().bind(line.managedProperty());
        }
        result.managedProperty().bind(status.textProperty().isNotEmpty().or(vm.lastExport.isNotNull()));
        result.visibleProperty().bind(result.managedProperty());
        root.getChildren().setAll(title, choices, actions, result, warning, error, previewInfo, table);
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.previewOnly();
                e.consume();
            }
        });
    }

    private static HBox labelled(String key, javafx.scene.Node control) {
        HBox box = new HBox(6, new Label(Texts.get(key)), control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void show(SheetGrid grid) {
        table.getColumns().clear();
        if (grid == null) {
            table.getItems().clear();
            previewInfo.setText("");
            return;
        }
        double[] widths = previewWidths(grid);
        for (int c = 0; c < grid.columnCount(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(
                    columnName(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    column < row.getValue().size() ? row.getValue().get(column) : ""));
            col.setPrefWidth(widths[c]);
            col.setSortable(false);
            col.setCellFactory(unused -> new SheetCell(grid, column)); // merged title/说明 cells span their columns
            table.getColumns().add(col);
        }
        int shown = Math.min(PREVIEW_ROWS, grid.rows().size());
        table.getItems().setAll(grid.rows().subList(0, shown));
        previewInfo.setText(Texts.get("reports.previewRows", shown, grid.rows().size()));
    }

    /**
     * Column widths that show every cell's text whole, capped: the template's widths are Excel's, in which a CJK
     * character counts double, so a heading such as 金额（万元） would be cut to "金额（…" in the preview. A cell merged
     * down one column counts for its column; a block over a few columns (a grouped heading) spreads what it lacks
     * over them; a block as wide as the sheet (title, 说明) is left to {@link SheetCell}.
     */
    private double[] previewWidths(SheetGrid grid) {
        double[] widths = new double[grid.columnCount()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(40, grid.columnWidths().get(c) * 8);
        }
        java.util.function.ToDoubleFunction<String> cellWidth = ScreenFit.cellWidths(table);
        int rows = Math.min(MEASURED_ROWS, grid.rows().size());
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < widths.length; c++) {
                String text = grid.text(r, c);
                if (text.isEmpty()) {
                    continue;
                }
                SheetGrid.Span span = spanAt(grid, r, c);
                double needed = Math.min(cellWidth.applyAsDouble(text), MAX_PREVIEW_COLUMN);
                if (span == null || span.firstColumn() == span.lastColumn()) {
                    widths[c] = Math.max(widths[c], needed);
                } else if (span.firstRow() == r && span.firstColumn() == c
                        && span.lastColumn() - span.firstColumn() < MAX_GROUPED_COLUMNS) {
                    spread(widths, span, needed);
                }
            }
        }
        return widths;
    }

    private static SheetGrid.Span spanAt(SheetGrid grid, int row, int column) {
        return grid.merges().stream().filter(m -> m.contains(row, column)).findFirst().orElse(null);
    }

    private static void spread(double[] widths, SheetGrid.Span span, double needed) {
        int last = Math.min(span.lastColumn(), widths.length - 1);
        double has = 0;
        for (int c = span.firstColumn(); c <= last; c++) {
            has += widths[c];
        }
        if (has < needed) {
            double each = (needed - has) / (last - span.firstColumn() + 1);
            for (int c = span.firstColumn(); c <= last; c++) {
                widths[c] += each;
            }
        }
    }

    static String columnName(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            sb.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }

    private void print() {
        if (vm.preview.get() != null) {
            PrintDialog.open(vm, dialogs);
        }
    }

    public Parent root() {
        return root;
    }
}
