package cn.warmledger.ui.visits;

import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.VisitSummary;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/** 重复慰问: every visit that shares recipient, campaign and assistance kind with another, with the reasons. */
public final class DuplicatesView {
    private final VBox root = new VBox(8);

    public DuplicatesView(List<VisitSummary> rows) {
        TableView<VisitSummary> table = Dialogs.id(new TableView<>(), "duplicatesTable");
        table.getItems().setAll(rows);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("col.name", VisitSummary::recipientName, 80));
        table.getColumns().add(Columns.text("col.idNumber", VisitSummary::maskedIdNumber, 150));
        table.getColumns().add(Columns.text("col.campaignName", VisitSummary::campaignName, 160));
        table.getColumns().add(Columns.text("col.assistanceKind", v -> Texts.label(v.assistanceKind()), 80));
        table.getColumns().add(Columns.text("col.visitedOn", v -> v.visitedOn().toString(), 90));
        table.getColumns().add(Columns.text("col.cash", v -> v.cash().toPlainString(), 80));
        table.getColumns().add(Columns.text("col.visitors", VisitSummary::visitors, 100));
        table.getColumns().add(Columns.text("col.duplicateReason", VisitSummary::duplicateReason, 200));
        table.setPlaceholder(new Label(Texts.get("visits.noDuplicates")));
        Label count = Dialogs.id(new Label(Texts.get("visits.duplicateCount", rows.size())), "duplicatesCount");
        root.getChildren().addAll(count, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        root.setPadding(new Insets(12));
        root.setPrefSize(900, 500);
    }

    public Parent root() {
        return root;
    }
}
