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
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.ui.audit.AuditDiff.FieldChange;
import cn.warmledger.ui.audit.AuditRows.AuditRow;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.DateField;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** 操作日志: who changed what and when, with filters; nothing here edits or deletes an entry. */
public final class AuditLogView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final VBox root = new VBox();
    private final SplitPane split = new SplitPane();

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

        TableView<AuditRow> table = Dialogs.id(new TableView<>(), "auditTable");
        table.setItems(vm.rows());
        table.setEditable(false);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("col.audit.at", r -> TIME.format(r.entry().at()), 150));
        table.getColumns().add(Columns.text("col.audit.operator", r -> r.entry().operator(), 80));
        table.getColumns().add(Columns.text("col.audit.entity", AuditRow::entityLabel, 100));
        table.getColumns().add(Columns.text("col.audit.action", AuditRow::actionLabel, 90));
        table.getColumns().add(Columns.text("col.audit.subject", AuditRow::subject, 260));
        table.getColumns().add(Columns.text("col.audit.summary", AuditRow::summary, 300));
        Loading.placeholder(table, vm.loadedProperty(), "audit.empty");
        // a plain listener (not a binding): it also keeps the view model reachable from the table
        table.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> vm.selected.set(r));

        VBox.setVgrow(split(table, detail(vm)), Priority.ALWAYS);
        root.getChildren().addAll(title, filters, split);
        root.setPadding(new Insets(12));
        vm.reload();
    }


    private SplitPane split(TableView<AuditRow> table, VBox detail) {
        split.getItems().setAll(table, detail);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    /** The chosen entry: its changed fields as a table, and 详细 for the stored record as it is. */
    private static VBox detail(AuditLogViewModel vm) {
        TableView<FieldChange> changes = Dialogs.id(new TableView<>(vm.changes()), "auditChanges");
        changes.setEditable(false);
        changes.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        changes.getColumns().add(Columns.text("col.audit.field", FieldChange::field, 200));
        changes.getColumns().add(Columns.text("col.audit.before", FieldChange::before, 300));
        changes.getColumns().add(Columns.text("col.audit.after", FieldChange::after, 300));
        Label note = new Label();
        note.textProperty().bind(vm.changesNoteProperty());
        changes.setPlaceholder(note);
        // equal small preferred heights: with 详细 open, the changes and the record share the space half and half
        changes.setPrefHeight(100);
        VBox.setVgrow(changes, Priority.ALWAYS);

        ToggleButton rawToggle = Dialogs.id(new ToggleButton(Texts.get("audit.showRaw")), "auditRawToggle");
        rawToggle.setMinWidth(Region.USE_PREF_SIZE);
        rawToggle.selectedProperty().bindBidirectional(vm.showRaw);
        rawToggle.disableProperty().bind(vm.selected.isNull());
        Label caption = new Label(Texts.get("audit.changesCaption"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, caption, spacer, rawToggle);
        bar.setAlignment(Pos.CENTER_LEFT);

        TextArea raw = Dialogs.id(new TextArea(), "auditDetail");
        raw.setEditable(false);
        raw.setWrapText(true);
        raw.textProperty().bind(vm.detailProperty());
        raw.visibleProperty().bind(vm.showRaw);
        raw.managedProperty().bind(vm.showRaw);
        raw.setPrefHeight(100);
        VBox.setVgrow(raw, Priority.ALWAYS);
        VBox detail = new VBox(6, bar, changes, raw);
        detail.setPadding(new Insets(6, 0, 0, 0));
        return detail;
    }

    public Parent root() {
        return root;
    }
}
