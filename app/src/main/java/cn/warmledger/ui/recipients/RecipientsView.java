package cn.warmledger.ui.recipients;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientSort;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.ui.common.Refresh;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** The register table (or the 回收站) with search, filters and the row count. */
public final class RecipientsView {
    private final RecipientsViewModel vm;
    private final Dialogs dialogs;
    private final Consumer<Long> openForm;
    private final Runnable openImport;
    private final Consumer<RecipientSummary> recordVisit;
    private final VBox root = new VBox();
    private final TableView<RecipientSummary> table = new TableView<>();
    /** Rows from the end of the loaded ones at which the next page is asked for. */
    private static final int LOAD_AHEAD = 40;

    /** {@code openForm} gets a recipient id to edit, or null for a new one. */
    public RecipientsView(RecipientsViewModel vm, Dialogs dialogs, Consumer<Long> openForm) {
        this(vm, dialogs, openForm, null, null);
    }

    /**
     * {@code openImport}, when given, puts an 导入 button in the toolbar (the import wizard);
     * {@code recordVisit}, when given, opens the visit form for the chosen row.
     */
    public RecipientsView(RecipientsViewModel vm, Dialogs dialogs, Consumer<Long> openForm, Runnable openImport,
                          Consumer<RecipientSummary> recordVisit) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.openForm = openForm;
        this.openImport = openImport;
        this.recordVisit = recordVisit;
        build();
        vm.reload();
    }

    private void build() {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get(vm.isRecycleBin() ? "recipients.recycleBin" : "recipients.title"));
        title.getStyleClass().add("page-title");

        TextField search = Dialogs.id(new TextField(), "recipientSearch");
        search.setPromptText(Texts.get("recipients.search.prompt"));
        search.setPrefColumnCount(24);
        search.textProperty().bindBidirectional(vm.searchTextProperty());

        ComboBox<RecipientCategory> category = filter("categoryFilter", RecipientCategory.values(),
                "recipients.filter.anyCategory");
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        ComboBox<HardshipType> type = filter("hardshipTypeFilter", HardshipType.values(), "recipients.filter.anyType");
        type.valueProperty().bindBidirectional(vm.hardshipTypeProperty());
        ComboBox<FileStatus> status = filter("fileStatusFilter", FileStatus.values(), "recipients.filter.anyStatus");
        status.valueProperty().bindBidirectional(vm.fileStatusProperty());
        ComboBox<Organization> unit = Dialogs.id(new ComboBox<>(), "unitFilter");
        unit.getItems().add(null);
        vm.units().addListener((javafx.collections.ListChangeListener<Organization>) c -> {
            // one setAll, and the choice kept: a shifting selection would silently filter the register
            Organization chosen = vm.unitProperty().get();
            java.util.List<Organization> items = new java.util.ArrayList<>();
            items.add(null);
            items.addAll(vm.units());
            unit.getItems().setAll(items);
            unit.setValue(chosen);
        });
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Organization o) {
                return o == null ? Texts.get("recipients.filter.anyUnit") : o.name();
            }

            @Override
            public Organization fromString(String s) {
                return null;
            }
        });
        unit.setPromptText(Texts.get("recipients.filter.anyUnit"));
        unit.valueProperty().bindBidirectional(vm.unitProperty());

        CheckBox full = Dialogs.id(new CheckBox(Texts.get("recipients.showFull")), "showFullNumbers");
        full.selectedProperty().bindBidirectional(vm.showFullNumbersProperty());
        full.selectedProperty().addListener((o, a, b) -> table.refresh());

        // a second row rather than filters cut to "…" on a 1366-pixel screen
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 8, search, category, type, status,
                unit, full);
        filters.setAlignment(Pos.CENTER_LEFT);

        HBox actions = new HBox(8);
        actions.setAlignment(Pos.CENTER_LEFT);
        if (vm.isRecycleBin()) {
            Button restore = Dialogs.id(new Button(Texts.get("button.restore")), "restoreRecipient");
            restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            restore.setOnAction(e -> vm.restore(table.getSelectionModel().getSelectedItem(), () -> { }));
            actions.getChildren().add(restore);
        } else {
            Button add = Dialogs.id(new Button(Texts.get("button.add")), "addRecipient");
            add.setDefaultButton(false);
            add.setOnAction(e -> openForm.accept(null));
            Button edit = Dialogs.id(new Button(Texts.get("button.edit")), "editRecipient");
            edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            edit.setOnAction(e -> openForm.accept(table.getSelectionModel().getSelectedItem().id()));
            Button delete = Dialogs.id(new Button(Texts.get("button.delete")), "deleteRecipient");
            delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            delete.setOnAction(e -> {
                RecipientSummary row = table.getSelectionModel().getSelectedItem();
                if (dialogs.confirm(null, Texts.get("recipients.deleteConfirm", row.name()))) {
                    vm.delete(row, () -> { });
                }
            });
            actions.getChildren().addAll(add, edit, delete);
            if (openImport != null) {
                Button importButton = Dialogs.id(new Button(Texts.get("import.button")), "importRecipients");
                importButton.setOnAction(e -> openImport.run());
                actions.getChildren().add(importButton);
            }
            if (recordVisit != null) {
                Button visit = Dialogs.id(new Button(Texts.get("recipients.recordVisit")), "recordVisitForRecipient");
                visit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
                visit.setOnAction(e -> recordVisit.accept(table.getSelectionModel().getSelectedItem()));
                actions.getChildren().add(visit);
            }
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label count = Dialogs.id(new Label(), "recipientCount");
        count.textProperty().bind(vm.rowCountTextProperty());
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());
        actions.getChildren().addAll(error, spacer, count);

        buildTable();
        // the reload after a save and on F5: the selected row and the rows in view kept
        Refresh.on(root, Refresh.keepingPlace(table, RecipientSummary::id, vm::reload));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, filters, actions, table);
        root.setPadding(new Insets(12));
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!vm.isRecycleBin() && new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                openForm.accept(null);
            }
        });
    }

    private void buildTable() {
        table.setId("recipientTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        sortable(Columns.text("col.name", RecipientSummary::name, 90), RecipientSort.NAME);
        sortable(Columns.text("col.gender", r -> Texts.label(r.gender()), 50), RecipientSort.GENDER);
        sortable(Columns.text("col.idNumber", vm::idNumberShown, 170), RecipientSort.ID_NUMBER);
        sortable(Columns.text("col.phone", vm::phoneShown, 110), RecipientSort.PHONE);
        sortable(Columns.text("col.employer", RecipientSummary::employer, 160), RecipientSort.EMPLOYER);
        sortable(Columns.text("col.category", r -> Texts.label(r.category()), 110), RecipientSort.CATEGORY);
        sortable(Columns.text("col.hardshipType", r -> Texts.label(r.hardshipType()), 80), RecipientSort.HARDSHIP_TYPE);
        sortable(Columns.text("col.fileStatus", r -> Texts.label(r.fileStatus()), 90), RecipientSort.FILE_STATUS);
        sortable(Columns.text("col.unit", RecipientSummary::organizationName, 120), RecipientSort.UNIT);
        // the table holds a page of the result: the database sorts the whole of it, and the rows come back in order
        table.setSortPolicy(t -> {
            TableColumn<RecipientSummary, ?> column = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            vm.sortBy(column == null ? RecipientSort.NEWEST : (RecipientSort) column.getUserData(),
                    column != null && column.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        Loading.placeholder(table, vm.loadedProperty(), "recipients.empty");
        table.setRowFactory(t -> {
            TableRow<RecipientSummary> row = new TableRow<>();
            // a row near the end of what is loaded is being shown: fetch the next page before the clerk gets there
            row.indexProperty().addListener((o, old, index) -> {
                if (index.intValue() >= vm.rows().size() - LOAD_AHEAD && !vm.rows().isEmpty()) {
                    vm.loadMore();
                }
            });
            if (!vm.isRecycleBin()) {
                row.setOnMouseClicked(e -> {
                    if (e.getClickCount() == 2 && !row.isEmpty()) {
                        openForm.accept(row.getItem().id());
                    }
                });
            }
            return row;
        });
        if (!vm.isRecycleBin()) {
            table.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                    openForm.accept(table.getSelectionModel().getSelectedItem().id());
                }
            });
        }
    }


    private void sortable(TableColumn<RecipientSummary, String> column, RecipientSort sort) {
        column.setUserData(sort);
        table.getColumns().add(column);
    }

    private static <E extends CodedEnum> ComboBox<E> filter(String id, E[] values, String anyKey) {
        ComboBox<E> box = Dialogs.id(new ComboBox<>(), id);
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(Texts.labels(Texts.get(anyKey)));
        box.setPromptText(Texts.get(anyKey));
        return box;
    }

    public Parent root() {
        return root;
    }

    public void refresh() {
        Refresh.run(root);
    }
}
