package cn.warmledger.ui.consolidation;

import java.time.format.DateTimeFormatter;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ReceivedSummary;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Texts;

/**
 * 汇总: the table and period above, the actions, the completeness grid (下级单位 × tables), and below it what
 * the chosen 单位 sent for the chosen table.
 */
public final class ConsolidationView {
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final DateTimeFormatter FULL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final int FIXED_COLUMNS = 4;

    private final ConsolidationViewModel vm;
    private final Dialogs dialogs;
    private final VBox root = new VBox();
    private final TableView<Completeness.Row> grid;

    public ConsolidationView(ConsolidationViewModel vm, Dialogs dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.consolidation"));
        title.getStyleClass().add("page-title");

        grid = Dialogs.id(new TableView<>(vm.rows), "completenessGrid");
        // the table columns come and go with the period; a squeeze-to-fit policy collapsed the fixed ones
        grid.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        grid.getColumns().add(Columns.text("unit.code", Completeness.Row::organizationCode, 110));
        grid.getColumns().add(Columns.text("unit.name", r -> r.subordinate() ? r.organizationName()
                : Texts.get("consolidation.notSubordinate", r.organizationName()), 240));
        grid.getColumns().add(Columns.text("unit.contact", Completeness.Row::contact, 90));
        grid.getColumns().add(Columns.text("unit.phone", Completeness.Row::phone, 130));
        grid.setPlaceholder(new Label(Texts.get("consolidation.noUnits")));
        grid.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedRow.set(b));
        vm.grid.addListener((o, a, b) -> rebuildColumns(b));
        rebuildColumns(null);

        SplitPane split = new SplitPane(grid, historyPane());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        VBox.setVgrow(split, Priority.ALWAYS);

        Label summary = Dialogs.id(new Label(), "consolidationSummary");
        summary.getStyleClass().add("totals-text");
        summary.textProperty().bind(vm.summary);
        Label status = Dialogs.id(new Label(), "consolidationStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.status);
        Label error = Dialogs.id(new Label(), "consolidationError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.error);
        root.getChildren().addAll(title, periodBar(), actionBar(), unmatchedBar(), summary, split, status, error);
        vm.reload();
    }

    private HBox periodBar() {
        ComboBox<ReportKind> table = Dialogs.id(new ComboBox<>(vm.tables), "consolidationTable");
        table.setConverter(Texts.labels(""));
        table.valueProperty().bindBidirectional(vm.table);
        ComboBox<CampaignRef> campaign = Dialogs.id(new ComboBox<>(vm.campaigns), "consolidationCampaign");
        campaign.setConverter(Fields.named(CampaignRef::name, ""));
        campaign.valueProperty().bindBidirectional(vm.campaign);
        ComboBox<Integer> year = Dialogs.id(new ComboBox<>(vm.years), "consolidationYear");
        year.valueProperty().bindBidirectional(vm.year);
        Label campaignLabel = new Label(Texts.get("report.campaign"));
        Label yearLabel = new Label(Texts.get("report.year"));
        javafx.beans.binding.BooleanBinding perCampaign = javafx.beans.binding.Bindings.createBooleanBinding(
                vm::perCampaign, vm.table);
        for (javafx.scene.Node n : new javafx.scene.Node[] {campaignLabel, campaign}) {
            n.visibleProperty().bind(perCampaign);
            n.managedProperty().bind(perCampaign);
        }
        for (javafx.scene.Node n : new javafx.scene.Node[] {yearLabel, year}) {
            n.visibleProperty().bind(perCampaign.not());
            n.managedProperty().bind(perCampaign.not());
        }
        Button refresh = Dialogs.id(new Button(Texts.get("consolidation.refresh")), "refreshGrid");
        refresh.setOnAction(e -> vm.reload());
        HBox bar = new HBox(8, new Label(Texts.get("consolidation.tableLabel")), table, campaignLabel, campaign,
                yearLabel, year, refresh);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox actionBar() {
        Button collect = Dialogs.id(new Button(Texts.get("consolidation.collect")), "collectNow");
        collect.setOnAction(e -> vm.collect());
        Button folder = Dialogs.id(new Button(Texts.get("consolidation.collectFolder")), "collectFolder");
        folder.setOnAction(e -> dialogs.chooseFolder(Texts.get("consolidation.collectFolder"))
                .ifPresent(f -> vm.collectFolder(f.toPath())));
        Button hand = Dialogs.id(new Button(Texts.get("consolidation.addHandFilled")), "addHandFilled");
        hand.setOnAction(e -> dialogs.chooseFileToOpen(Texts.get("consolidation.addHandFilled"),
                new FileChooser.ExtensionFilter(Texts.get("units.sheetFiles"), "*.xlsx", "*.xls"))
                .ifPresent(f -> vm.addHandFilled(f.toPath())));
        Button missing = Dialogs.id(new Button(Texts.get("consolidation.exportMissing")), "exportMissing");
        missing.setOnAction(e -> vm.exportMissing());
        Button build = Dialogs.id(new Button(Texts.get("consolidation.build")), "buildConsolidated");
        build.setOnAction(e -> vm.consolidate());
        Button openTable = Dialogs.id(new Button(Texts.get("consolidation.openTable")), "openConsolidated");
        openTable.disableProperty().bind(vm.lastTable.isNull());
        openTable.setOnAction(e -> dialogs.open(vm.lastTable.get()));
        Button submit = Dialogs.id(new Button(Texts.get("consolidation.submit")), "submitConsolidated");
        submit.disableProperty().bind(vm.lastTable.isNull().or(vm.busy));
        submit.setOnAction(e -> vm.submitTable());
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "cancelConsolidation");
        cancel.disableProperty().bind(vm.busy.not());
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar progress = Dialogs.id(new ProgressBar(), "consolidationProgress");
        progress.progressProperty().bind(vm.progress);
        progress.visibleProperty().bind(vm.busy);
        for (Button b : new Button[] {collect, folder, hand, missing, build}) {
            b.disableProperty().bind(vm.busy);
        }
        HBox bar = new HBox(8, collect, folder, hand, missing, build, openTable, submit, cancel, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private HBox unmatchedBar() {
        ComboBox<String> names = Dialogs.id(new ComboBox<>(vm.unmatched), "unmatchedNames");
        names.valueProperty().bindBidirectional(vm.unmatchedChoice);
        Button match = Dialogs.id(new Button(Texts.get("consolidation.match")), "matchCampaign");
        match.disableProperty().bind(vm.campaign.isNull().or(vm.unmatchedChoice.isNull()));
        match.setOnAction(e -> vm.matchUnmatched());
        Label hint = new Label(Texts.get("consolidation.unmatched"));
        hint.getStyleClass().add("warning-text");
        HBox bar = new HBox(8, hint, names, match);
        bar.setAlignment(Pos.CENTER_LEFT);
        javafx.beans.binding.BooleanBinding any = javafx.beans.binding.Bindings.isNotEmpty(vm.unmatched);
        bar.visibleProperty().bind(any);
        bar.managedProperty().bind(any);
        return bar;
    }

    private VBox historyPane() {
        TableView<ReceivedSummary> history = Dialogs.id(new TableView<>(vm.history), "receivedHistory");
        history.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        history.getColumns().add(Columns.text("consolidation.col.receivedAt",
                s -> s.receivedAt() == null ? "" : FULL.format(s.receivedAt()), 130));
        history.getColumns().add(Columns.text("consolidation.col.generatedAt",
                s -> s.generatedAt() == null ? "" : FULL.format(s.generatedAt()), 130));
        history.getColumns().add(Columns.text("consolidation.col.source",
                s -> s.source() == null ? "" : s.source().label(), 80));
        history.getColumns().add(Columns.text("consolidation.col.sender", ReceivedSummary::sender, 160));
        history.getColumns().add(Columns.text("consolidation.col.state", ConsolidationView::state, 300));
        history.setPlaceholder(new Label(Texts.get("consolidation.noHistory")));
        history.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedSubmission.set(b));

        Button open = Dialogs.id(new Button(Texts.get("consolidation.open")), "openReceived");
        open.disableProperty().bind(vm.selectedRow.isNull());
        open.setOnAction(e -> vm.openFile(dialogs::open));
        Button pin = Dialogs.id(new Button(Texts.get("consolidation.pin")), "pinSubmission");
        pin.disableProperty().bind(vm.selectedSubmission.isNull());
        pin.setOnAction(e -> vm.pin());
        Button addUnit = Dialogs.id(new Button(Texts.get("consolidation.addUnit")), "addAsUnit");
        addUnit.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.selectedRow.get() == null || vm.selectedRow.get().subordinate(), vm.selectedRow));
        addUnit.setOnAction(e -> vm.addAsUnit(vm.selectedRow.get()));
        Label heading = new Label(Texts.get("consolidation.historyTitle"));
        heading.getStyleClass().add("form-section");
        HBox bar = new HBox(8, heading, open, pin, addUnit);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, bar, history);
        VBox.setVgrow(history, Priority.ALWAYS);
        return box;
    }

    /** 已采用 / 已选用 / 已被更正 / 拒收：why, as the history lists it. */
    static String state(ReceivedSummary s) {
        if (s.status() == cn.warmledger.domain.ReceivedStatus.REFUSED) {
            return Texts.get("consolidation.state.refused", s.problem());
        }
        if (s.kind() != null && s.kind().perCampaign() && s.campaignId() == null) {
            return Texts.get("consolidation.state.unmatched", s.campaignName());
        }
        String base = s.effective() ? Texts.get(s.pinned() ? "consolidation.state.pinned" : "consolidation.state.effective")
                : s.superseded() ? Texts.get("consolidation.state.superseded")
                : Texts.get("consolidation.state.older");
        return base;
    }

    private void rebuildColumns(Completeness g) {
        grid.getColumns().remove(FIXED_COLUMNS, grid.getColumns().size());
        if (g == null) {
            return;
        }
        for (ReportKind kind : g.kinds()) {
            TableColumn<Completeness.Row, Completeness.Row> column = new TableColumn<>(kind.label());
            column.setId("grid-" + kind.code());
            column.setPrefWidth(200);
            column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new StatusCell(kind));
            grid.getColumns().add(column);
        }
    }

    /** 已上报 11-23 14:05, 已更正 … (2 份), 未上报: coloured by status. */
    private static final class StatusCell extends TableCell<Completeness.Row, Completeness.Row> {
        private final ReportKind kind;

        StatusCell(ReportKind kind) {
            this.kind = kind;
            setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Completeness.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("reporting-missing", "reporting-reported", "reporting-corrected");
            if (empty || row == null) {
                setText(null);
                return;
            }
            setText(cellText(row.cells().get(kind)));
            ReportingStatus s = ConsolidationViewModel.status(row, kind);
            getStyleClass().add("reporting-" + s.code().toLowerCase());
        }
    }

    static String cellText(Completeness.Cell cell) {
        if (cell == null || cell.status() == ReportingStatus.MISSING) {
            return Texts.get("ReportingStatus.MISSING");
        }
        String at = cell.receivedAt() == null ? "" : SHORT.format(cell.receivedAt());
        return cell.status() == ReportingStatus.CORRECTED
                ? Texts.get("consolidation.cell.corrected", at, cell.submissions())
                : Texts.get("consolidation.cell.reported", at);
    }

    public Parent root() {
        return root;
    }
}
