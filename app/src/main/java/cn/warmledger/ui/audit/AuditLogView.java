package cn.warmledger.ui.audit;

import java.time.format.DateTimeFormatter;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.DateField;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Texts;

/** 操作日志: who changed what and when, with filters; nothing here edits or deletes an entry. */
public final class AuditLogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final VBox root = new VBox();

    public AuditLogView(AuditLogViewModel vm) {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.audit_log"));
        title.getStyleClass().add("page-title");

        DateField since = Fields.date("auditSince", vm.since).prompt(Texts.get("audit.filter.since"));
        since.setPrefWidth(150);
        ComboBox<String> entity = Dialogs.id(new ComboBox<>(), "auditEntity");
        entity.getItems().add(null);
        entity.getItems().addAll(AuditLogViewModel.ENTITIES);
        entity.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String e) {
                return AuditLogViewModel.entityLabel(e);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        });
        entity.valueProperty().bindBidirectional(vm.entity);
        ComboBox<AuditAction> action = Dialogs.id(new ComboBox<>(), "auditAction");
        action.getItems().add(null);
        action.getItems().addAll(AuditAction.values());
        action.setConverter(Texts.labels(Texts.get("audit.filter.anyAction")));
        action.valueProperty().bindBidirectional(vm.action);
        TextField operator = Dialogs.id(new TextField(), "auditOperator");
        operator.setPromptText(Texts.get("audit.filter.operator"));
        operator.textProperty().bindBidirectional(vm.operator);
        Label count = Dialogs.id(new Label(), "auditCount");
        count.textProperty().bind(vm.countProperty());
        HBox filters = new HBox(8, since, entity, action, operator, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = Dialogs.id(new TableView<>(), "auditTable");
        table.setItems(vm.rows());
        table.setEditable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("col.audit.at", e -> TIME.format(e.at()), 150));
        table.getColumns().add(Columns.text("col.audit.operator", AuditEntry::operator, 80));
        table.getColumns().add(Columns.text("col.audit.entity", e -> AuditLogViewModel.entityLabel(e.entity()), 100));
        table.getColumns().add(Columns.text("col.audit.entityId", AuditEntry::entityId, 60));
        table.getColumns().add(Columns.text("col.audit.action", e -> Texts.label(e.action()), 90));
        table.getColumns().add(Columns.text("col.audit.summary", AuditEntry::summary, 200));
        table.setPlaceholder(new Label(Texts.get("audit.empty")));
        // a plain listener (not a binding): it also keeps the view model reachable from the table
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> vm.selected.set(e));

        TextArea detail = Dialogs.id(new TextArea(), "auditDetail");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.textProperty().bind(vm.detailProperty());
        SplitPane split = new SplitPane(table, detail);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.7);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().addAll(title, filters, split);
        root.setPadding(new Insets(12));
        vm.reload();
    }


    public Parent root() {
        return root;
    }
}
