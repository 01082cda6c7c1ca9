package cn.warmledger.ui.visits;


import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.ui.common.Refresh;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.DateField;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** The 走访慰问 table with its filters, totals and the actions the screen wires. */
public final class VisitsView {
    /** What the screen does for the view's buttons. */
    public interface Actions {
        void record();

        void edit(VisitSummary row);

        void batch();

        void duplicates();

        /** A past campaign's roster into visits (the import wizard). */
        void importVisits();
    }

    private final VisitsViewModel vm;
    private final Dialogs dialogs;
    private final Actions actions;
    private final VBox root = new VBox();
    private final TableView<VisitSummary> table = new TableView<>();

    public VisitsView(VisitsViewModel vm, Dialogs dialogs, Actions actions) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.actions = actions;
        build();
        vm.start();
    }

    private void build() {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.visits"));
        title.getStyleClass().add("page-title");

        ComboBox<Campaign> campaign = Dialogs.id(new ComboBox<>(), "visitsCampaignFilter");
        campaign.setConverter(Fields.named(Campaign::name, Texts.get("visits.anyCampaign")));
        vm.campaigns.addListener((javafx.collections.ListChangeListener<Campaign>) c -> {
            Campaign chosen = vm.campaign.get();
            campaign.getItems().setAll(vm.campaigns);
            campaign.getItems().add(0, null);
            campaign.setValue(chosen);
        });
        campaign.valueProperty().bindBidirectional(vm.campaign);
        DateField from = Fields.date("visitsFrom", vm.from).prompt(Texts.get("visits.from"));
        from.setPrefWidth(140);
        DateField to = Fields.date("visitsTo", vm.to).prompt(Texts.get("visits.to"));
        to.setPrefWidth(140);
        ComboBox<VisitForm> form = Fields.choice("visitsFormFilter", VisitForm.values(), vm.form,
                Texts.get("visits.anyForm"));
        ComboBox<RecipientCategory> category = Fields.choice("visitsCategoryFilter", RecipientCategory.values(),
                vm.category, Texts.get("recipients.filter.anyCategory"));
        ComboBox<Boolean> signed = Dialogs.id(new ComboBox<>(), "visitsSignedFilter");
        signed.getItems().addAll(null, Boolean.TRUE, Boolean.FALSE);
        signed.setConverter(Fields.named(b -> Texts.get(b ? "visits.signed" : "visits.unsigned"),
                Texts.get("visits.anySigned")));
        signed.valueProperty().bindBidirectional(vm.signed);
        ComboBox<Organization> unit = Dialogs.id(new ComboBox<>(), "visitsUnitFilter");
        unit.setConverter(Fields.named(Organization::name, Texts.get("recipients.filter.anyUnit")));
        vm.units.addListener((javafx.collections.ListChangeListener<Organization>) c -> {
            Organization chosen = vm.unit.get();
            unit.getItems().setAll(vm.units);
            unit.getItems().add(0, null);
            unit.setValue(chosen);
        });
        unit.valueProperty().bindBidirectional(vm.unit);
        TextField text = Fields.text("visitsSearch", vm.text);
        text.setPromptText(Texts.get("visits.searchPrompt"));
        text.setPrefColumnCount(24);
        // a second row rather than filters cut to "…" on a 1366-pixel screen
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, campaign, from, to, form,
                category, signed, unit, text);
        filters.setAlignment(Pos.CENTER_LEFT);

        Button add = Dialogs.id(new Button(Texts.get("visits.record")), "recordVisit");
        add.setOnAction(e -> actions.record());
        Button batch = Dialogs.id(new Button(Texts.get("visits.batch")), "batchVisits");
        batch.setOnAction(e -> actions.batch());
        Button edit = Dialogs.id(new Button(Texts.get("button.edit")), "editVisit");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> actions.edit(table.getSelectionModel().getSelectedItem()));
        Button delete = Dialogs.id(new Button(Texts.get("button.delete")), "deleteVisit");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> {
            VisitSummary row = table.getSelectionModel().getSelectedItem();
            if (dialogs.confirm(null, Texts.get("visits.deleteConfirm", row.recipientName(),
                    row.visitedOn().toString(), row.cash().toPlainString()))) {
                vm.delete(row);
            }
        });
        Button duplicates = Dialogs.id(new Button(Texts.get("visits.duplicates")), "showDuplicates");
        duplicates.setOnAction(e -> actions.duplicates());
        Button importVisits = Dialogs.id(new Button(Texts.get("import.visits.button")), "importVisits");
        importVisits.setOnAction(e -> actions.importVisits());
        Label error = Dialogs.id(new Label(), "visitsError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label totals = Dialogs.id(new Label(), "visitsTotals");
        totals.textProperty().bind(vm.totalsTextProperty());
        HBox bar = new HBox(8, add, batch, edit, delete, duplicates, importVisits, error, spacer, totals);
        bar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, filters, bar, table);
        Refresh.on(root, Refresh.keepingPlace(table, VisitSummary::id, vm::reload));
        // shown again (the window caches screens): the table takes the focus, so Ctrl+N works at once
        root.parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                javafx.application.Platform.runLater(table::requestFocus);
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                actions.record();
            }
        });
    }

    private void buildTable() {
        table.setId("visitsTable");
        table.setItems(vm.rows());
        // fifteen columns do not fit a 1280-wide screen: keep their widths (dates, amounts whole) and scroll sideways
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(Columns.text("col.visitedOn", v -> v.visitedOn().toString(), 90));
        table.getColumns().add(Columns.text("col.name", VisitSummary::recipientName, 80));
        table.getColumns().add(Columns.text("col.idNumber", VisitSummary::maskedIdNumber, 170));
        table.getColumns().add(Columns.text("col.category", v -> Texts.label(v.category())
                + (v.hardshipType() == null ? "" : "·" + v.hardshipType().label()), 120));
        table.getColumns().add(Columns.text("col.visitForm", v -> Texts.label(v.form()), 80));
        table.getColumns().add(Columns.text("col.assistanceKind", v -> Texts.label(v.assistanceKind()), 70));
        table.getColumns().add(Columns.text("col.cash", v -> v.cash().toPlainString(), 80));
        table.getColumns().add(Columns.text("col.goods", VisitSummary::goods, 90));
        table.getColumns().add(Columns.text("col.goodsValue", v -> v.goodsValue().toPlainString(), 80));
        table.getColumns().add(Columns.text("col.fundSource", v -> Texts.label(v.fundSource()), 80));
        table.getColumns().add(Columns.text("col.visitors", VisitSummary::visitors, 110));
        table.getColumns().add(Columns.text("col.signed", v -> v.signed() ? "✓" : "", 50));
        table.getColumns().add(Columns.text("col.campaignName", VisitSummary::campaignName, 150));
        table.getColumns().add(Columns.text("col.unit", VisitSummary::organizationName, 100));
        Loading.placeholder(table, vm.loadedProperty(), "visits.empty");
        table.setRowFactory(t -> {
            TableRow<VisitSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    actions.edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                actions.edit(table.getSelectionModel().getSelectedItem());
            }
        });
    }


    /** After a save and on F5: the selected row and the rows in view kept. */
    public void refresh() {
        Refresh.run(root);
    }

    public Parent root() {
        return root;
    }
}
