package cn.warmledger.ui.enterprises;

import java.util.function.Consumer;

import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.FundSource;
import cn.warmledger.ui.common.Refresh;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** 走访慰问企业: the register above, the chosen campaign's enterprise visits below with a row to record one. */
public final class EnterprisesView {
    private final EnterprisesViewModel vm;
    private final VBox root = new VBox();

    /** {@code openForm} gets the enterprise to edit, or null for a new one. */
    public EnterprisesView(EnterprisesViewModel vm, Dialogs dialogs, Consumer<Enterprise> openForm) {
        this.vm = vm;
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.enterprises"));
        title.getStyleClass().add("page-title");

        TableView<Enterprise> table = Dialogs.id(new TableView<>(vm.rows), "enterprisesTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("field.enterpriseName", Enterprise::name, 200));
        table.getColumns().add(Columns.text("field.creditCode", Enterprise::creditCode, 170));
        table.getColumns().add(Columns.text("enterprise.hardshipKind", Enterprise::hardshipKind, 120));
        table.getColumns().add(Columns.text("field.employeeCount", e -> e.employeeCount() == null ? ""
                : String.valueOf(e.employeeCount()), 80));
        table.getColumns().add(Columns.text("enterprise.contact", Enterprise::contact, 80));
        table.getColumns().add(Columns.text("col.phone", Enterprise::phone, 120));
        Loading.placeholder(table, vm.loadedProperty(), "enterprise.empty");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));

        Button add = Dialogs.id(new Button(Texts.get("button.add")), "addEnterprise");
        add.setOnAction(e -> openForm.accept(null));
        Button edit = Dialogs.id(new Button(Texts.get("button.edit")), "editEnterprise");
        edit.disableProperty().bind(vm.selected.isNull());
        edit.setOnAction(e -> openForm.accept(vm.selected.get()));
        Button delete = Dialogs.id(new Button(Texts.get("button.delete")), "deleteEnterprise");
        delete.disableProperty().bind(vm.selected.isNull());
        delete.setOnAction(e -> {
            if (dialogs.confirm(null, Texts.get("enterprise.deleteConfirm", vm.selected.get().name()))) {
                vm.delete(vm.selected.get());
            }
        });
        Label error = Dialogs.id(new Label(), "enterprisesError");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        HBox bar = new HBox(8, add, edit, delete, error);
        bar.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Campaign> campaign = Dialogs.id(new ComboBox<>(vm.campaigns), "enterpriseCampaign");
        campaign.setConverter(Fields.named(Campaign::name, ""));
        campaign.valueProperty().bindBidirectional(vm.campaign);
        TableView<EnterpriseVisit> visits = Dialogs.id(new TableView<>(vm.visits), "enterpriseVisitsTable");
        visits.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        visits.getColumns().add(Columns.text("col.visitedOn", v -> v.visitedOn().toString(), 100));
        visits.getColumns().add(Columns.text("field.enterpriseName", EnterpriseVisit::enterpriseName, 200));
        visits.getColumns().add(Columns.text("col.visitors", EnterpriseVisit::visitors, 120));
        visits.getColumns().add(Columns.text("field.amount", v -> v.amount().toPlainString(), 100));
        visits.getColumns().add(Columns.text("field.workersVisited", v -> v.workersVisited() == null ? ""
                : String.valueOf(v.workersVisited()), 100));
        visits.getColumns().add(Columns.text("col.fundSource", v -> Texts.label(v.fundSource()), 100));
        visits.setPlaceholder(new Label(Texts.get("enterprise.noVisits")));
        Label totals = Dialogs.id(new Label(), "enterpriseTotals");
        totals.textProperty().bind(vm.totalsTextProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox visitsTitle = new HBox(8, new Label(Texts.get("enterprise.visitsTitle")), campaign, spacer, totals);
        visitsTitle.setAlignment(Pos.CENTER_LEFT);
        TextField visitors = Fields.text("enterpriseVisitors", vm.visitors);
        visitors.setPromptText(Texts.get("col.visitors"));
        TextField amount = Fields.text("enterpriseAmount", vm.amount);
        amount.setPromptText(Texts.get("field.amount"));
        TextField workers = Fields.text("enterpriseWorkers", vm.workers);
        workers.setPromptText(Texts.get("field.workersVisited"));
        Button record = Dialogs.id(new Button(Texts.get("enterprise.recordVisit")), "recordEnterpriseVisit");
        record.disableProperty().bind(vm.selected.isNull());
        record.setOnAction(e -> vm.recordVisit());
        Button deleteVisit = Dialogs.id(new Button(Texts.get("enterprise.deleteVisit")), "deleteEnterpriseVisit");
        deleteVisit.disableProperty().bind(visits.getSelectionModel().selectedItemProperty().isNull());
        deleteVisit.setOnAction(e -> vm.deleteVisit(visits.getSelectionModel().getSelectedItem()));
        HBox visitBar = new HBox(8, Fields.date("enterpriseVisitDate", vm.visitedOn), visitors, amount, workers,
                Fields.choice("enterpriseFundSource", FundSource.values(), vm.fundSource, ""), record, deleteVisit);
        visitBar.setAlignment(Pos.CENTER_LEFT);
        VBox lower = new VBox(6, visitsTitle, visits, visitBar);
        VBox.setVgrow(visits, Priority.ALWAYS);
        VBox upper = new VBox(6, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        SplitPane split = new SplitPane(upper, lower);
        split.setOrientation(Orientation.VERTICAL);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, split);
        Refresh.on(root, Refresh.keepingPlace(table, Enterprise::id, vm::reload));
        vm.reload();
    }


    /** After a save and on F5: the selected enterprise and the rows in view kept. */
    public void refresh() {
        Refresh.run(root);
    }

    public Parent root() {
        return root;
    }
}
