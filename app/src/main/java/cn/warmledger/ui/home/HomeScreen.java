package cn.warmledger.ui.home;

import java.util.function.BiConsumer;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.home.DashboardService;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 首页 and its not-yet-visited list, from which a visit is recorded in one more click. */
public final class HomeScreen {
    private final HomeView view;

    /** {@code recordVisit} opens the visit form for a recipient and runs the callback after a save. */
    public HomeScreen(DashboardService dashboard, CampaignService campaigns, TaskRunner tasks, Dialogs dialogs,
                      BiConsumer<RecipientSummary, Runnable> recordVisit) {
        HomeViewModel vm = new HomeViewModel(dashboard, campaigns, tasks);
        this.view = new HomeView(vm, model -> {
            TableView<RecipientSummary> table = Dialogs.id(new TableView<>(model.notVisited), "notVisitedTable");
            table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
            table.getColumns().add(Columns.text("col.name", RecipientSummary::name, 90));
            table.getColumns().add(Columns.text("col.idNumber", RecipientSummary::maskedIdNumber, 160));
            table.getColumns().add(Columns.text("col.hardshipType", r -> Texts.label(r.hardshipType()), 90));
            table.getColumns().add(Columns.text("col.employer", RecipientSummary::employer, 160));
            table.getColumns().add(Columns.text("col.unit", RecipientSummary::organizationName, 120));
            table.setPlaceholder(new Label(Texts.get("home.allVisited")));
            Button record = Dialogs.id(new Button(Texts.get("recipients.recordVisit")), "recordVisitNotVisited");
            record.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            record.setOnAction(e -> recordVisit.accept(table.getSelectionModel().getSelectedItem(), model::reload));
            VBox box = new VBox(8, table, record);
            VBox.setVgrow(table, Priority.ALWAYS);
            box.setPadding(new Insets(12));
            box.setPrefSize(720, 480);
            dialogs.openModal(Texts.get("home.notVisitedTitle"), window -> box);
        });
    }


    public Parent root() {
        return view.root();
    }
}
