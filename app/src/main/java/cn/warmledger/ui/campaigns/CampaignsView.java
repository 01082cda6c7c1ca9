package cn.warmledger.ui.campaigns;


import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.geometry.Orientation;

import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.domain.CampaignStatusChange;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.ServiceTally;
import cn.warmledger.ui.common.Refresh;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** The 活动 list and, for the chosen campaign, tabs for its standards, funds, service tallies and history. */
public final class CampaignsView {
    private final CampaignsViewModel vm;
    private final Dialogs dialogs;
    private final java.util.function.Consumer<CampaignsViewModel.Row> openForm;
    private final VBox root = new VBox();

    /** {@code openForm} gets the row to edit, or null for a new campaign. */
    public CampaignsView(CampaignsViewModel vm, Dialogs dialogs,
                         java.util.function.Consumer<CampaignsViewModel.Row> openForm) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.openForm = openForm;
        build();
        vm.reload();
    }

    private void build() {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.campaigns"));
        title.getStyleClass().add("page-title");
        TableView<CampaignsViewModel.Row> table = Dialogs.id(new TableView<>(vm.rows), "campaignsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("col.campaignName", r -> r.campaign().name(), 220));
        table.getColumns().add(Columns.text("col.campaignKind", r -> r.campaign().kind().label(), 80));
        table.getColumns().add(Columns.text("campaign.period", r -> r.campaign().period(), 180));
        table.getColumns().add(Columns.text("col.budget", r -> r.campaign().budget() == null ? ""
                : Money.yuan(r.campaign().budget()).toPlainString(), 100));
        table.getColumns().add(Columns.text("col.raised", r -> r.raised().toPlainString(), 100));
        table.getColumns().add(Columns.text("col.campaignStatus", r -> r.campaign().status().label(), 100));
        Loading.placeholder(table, vm.loadedProperty(), "campaign.empty");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selected.set(b);
            }
        });
        vm.selected.addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });

        Button add = Dialogs.id(new Button(Texts.get("button.add")), "addCampaign");
        add.setOnAction(e -> openForm.accept(null));
        Button edit = Dialogs.id(new Button(Texts.get("button.edit")), "editCampaign");
        edit.disableProperty().bind(vm.selected.isNull());
        edit.setOnAction(e -> openForm.accept(vm.selected.get()));
        Button close = Dialogs.id(new Button(Texts.get("campaign.close")), "closeCampaign");
        close.disableProperty().bind(vm.selected.isNull());
        close.setOnAction(e -> {
            var row = vm.selected.get();
            if (dialogs.confirm(Texts.get("campaign.close"), Texts.get("campaign.closeConfirm", row.campaign().name()))) {
                vm.close(null);
            }
        });
        Button reopen = Dialogs.id(new Button(Texts.get("campaign.reopen")), "reopenCampaign");
        reopen.disableProperty().bind(vm.selected.isNull());
        reopen.setOnAction(e -> dialogs.ask(Texts.get("campaign.reopen"), Texts.get("campaign.reopenPrompt"), "")
                .filter(r -> !r.isBlank()).ifPresent(vm::reopen));
        Label error = Dialogs.id(new Label(), "campaignsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        HBox bar = new HBox(8, add, edit, close, reopen, error);
        bar.setAlignment(Pos.CENTER_LEFT);

        TabPane tabs = new TabPane(standardsTab(), fundsTab(), talliesTab(), historyTab());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        SplitPane split = new SplitPane(table, tabs);
        split.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, bar, split);
        Refresh.on(root, Refresh.keepingPlace(table, r -> r.campaign().id(), vm::reload));
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                openForm.accept(null);
            }
        });
    }

    private Tab standardsTab() {
        TableView<CampaignStandard> t = Dialogs.id(new TableView<>(vm.standards), "standardsTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(Columns.text("field.standard", CampaignStandards::describe, 200));
        t.getColumns().add(Columns.text("campaign.amountPerHousehold", s -> Money.yuan(s.amount()).toPlainString(), 120));
        t.setPlaceholder(new Label(Texts.get("campaign.noStandards")));
        return new Tab(Texts.get("campaign.standardsSection"), t);
    }

    private Tab fundsTab() {
        TableView<FundRaised> t = Dialogs.id(new TableView<>(vm.funds), "fundsTable");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(Columns.text("col.fundSource", f -> f.source().label(), 120));
        t.getColumns().add(Columns.text("field.amount", f -> f.amount().toPlainString(), 120));
        t.getColumns().add(Columns.text("campaign.receivedOn", f -> f.receivedOn() == null ? "" : f.receivedOn().toString(),
                120));
        t.setPlaceholder(new Label(Texts.get("campaign.noFunds")));
        TextField amount = Fields.text("fundAmount", vm.fundAmount);
        amount.setPromptText(Texts.get("field.amount"));
        Button add = Dialogs.id(new Button(Texts.get("campaign.addFund")), "addFund");
        add.setOnAction(e -> vm.addFund());
        Button delete = Dialogs.id(new Button(Texts.get("button.delete")), "deleteFund");
        delete.disableProperty().bind(t.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> vm.deleteFund(t.getSelectionModel().getSelectedItem()));
        HBox bar = new HBox(8, Fields.choice("fundSource", FundSource.values(), vm.fundSource, null), amount,
                Fields.date("fundDate", vm.fundDate).prompt(Texts.get("campaign.receivedOn")), add, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, t, bar);
        VBox.setVgrow(t, Priority.ALWAYS);
        return new Tab(Texts.get("campaign.fundsSection"), box);
    }

    private Tab talliesTab() {
        TableView<ServiceTally> t = Dialogs.id(new TableView<>(vm.tallies), "talliesTable");
        t.setPlaceholder(new Label(Texts.get("campaign.noTallies")));
        t.setEditable(true);
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(Columns.text("field.serviceItem", s -> s.item().label(), 200));
        TableColumn<ServiceTally, String> quantity = Columns.text("field.quantity", s -> String.valueOf(s.quantity()), 100);
        quantity.setEditable(true);
        quantity.setCellFactory(TextFieldTableCell.forTableColumn());
        quantity.setOnEditCommit(e -> vm.setTally(e.getRowValue(), e.getNewValue()));
        t.getColumns().add(quantity);
        t.getColumns().add(Columns.text("field.serviceUnit", s -> s.item().unit(), 80));
        TextField label = Fields.text("newServiceItem", vm.newItemLabel);
        label.setPromptText(Texts.get("campaign.newItemPrompt"));
        TextField unit = Fields.text("newServiceUnit", vm.newItemUnit);
        unit.setPromptText(Texts.get("field.serviceUnit"));
        unit.setPrefColumnCount(5);
        Button add = Dialogs.id(new Button(Texts.get("campaign.addItem")), "addServiceItem");
        add.setOnAction(e -> vm.addItem());
        Label hint = new Label(Texts.get("campaign.talliesHint"));
        hint.getStyleClass().add("hint-text");
        HBox bar = new HBox(8, label, unit, add, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, t, bar);
        VBox.setVgrow(t, Priority.ALWAYS);
        return new Tab(Texts.get("campaign.talliesSection"), box);
    }

    private Tab historyTab() {
        TableView<CampaignStatusChange> t = Dialogs.id(new TableView<>(vm.history), "campaignHistory");
        t.setPlaceholder(new Label(Texts.get("campaign.noHistory")));
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        t.getColumns().add(Columns.text("campaign.changedAt", h -> h.at().toLocalDate() + " "
                + h.at().toLocalTime().withNano(0), 160));
        t.getColumns().add(Columns.text("col.campaignStatus", h -> h.status().label(), 120));
        t.getColumns().add(Columns.text("campaign.reason", h -> h.reason() == null ? "" : h.reason(), 240));
        t.getColumns().add(Columns.text("campaign.changedBy", CampaignStatusChange::by, 100));
        return new Tab(Texts.get("campaign.historySection"), t);
    }


    /** After a save and on F5: the selected campaign and the rows in view kept. */
    public void refresh() {
        Refresh.run(root);
    }

    public Parent root() {
        return root;
    }
}
