package cn.warmledger.ui.visits;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.visits.BatchVisits;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** 集中慰问: what the batch shares, the recipients to pick from, and the editable preview with its totals. */
public final class BatchView {
    /** A preview line that would be refused as it is: marked, its 提示 says why. */
    static final javafx.css.PseudoClass FLAGGED = javafx.css.PseudoClass.getPseudoClass("flagged");
    private final BatchViewModel vm;
    private final Runnable onCommitted;
    private final Runnable onClose;
    private final BorderPane root = new BorderPane();
    private final TableView<RecipientSummary> candidates = new TableView<>();
    private final TableView<BatchVisits.Line> preview = new TableView<>();

    public BatchView(BatchViewModel vm, Runnable onCommitted, Runnable onClose) {
        this.vm = vm;
        this.onCommitted = onCommitted;
        this.onClose = onClose;
        build();
        vm.reloadCandidates();
    }

    private void build() {
        ComboBox<Campaign> campaign = Dialogs.id(new ComboBox<>(vm.campaigns), "batchCampaign");
        campaign.setConverter(Fields.named(Campaign::name, ""));
        campaign.valueProperty().bindBidirectional(vm.campaign);
        campaign.setMaxWidth(Double.MAX_VALUE);
        FormGrid common = new FormGrid()
                .required(Texts.get("field.campaign"), campaign)
                .required(Texts.get("field.visitedOn"), Fields.date("batchDate", vm.visitedOn))
                .required(Texts.get("field.visitForm"), Fields.choice("batchForm", VisitForm.values(), vm.form, null))
                .required(Texts.get("field.assistanceKind"),
                        Fields.choice("batchKind", AssistanceKind.values(), vm.assistanceKind, null))
                .field(Texts.get("col.fundSource"),
                        Fields.choice("batchFundSource", FundSource.values(), vm.fundSource, ""))
                .field(Texts.get("col.visitors"), Fields.text("batchVisitors", vm.visitors))
                .field("", Fields.check("batchSigned", Texts.get("col.signed"), vm.signed));

        TextField text = Fields.text("batchSearch", vm.text);
        text.setPromptText(Texts.get("recipients.search.prompt"));
        // the search box keeps room for its whole prompt; the filters wrap to a second row rather than cut it
        text.setPrefColumnCount(22);
        text.setMinWidth(Region.USE_PREF_SIZE);
        javafx.scene.layout.FlowPane filters = new javafx.scene.layout.FlowPane(8, 6, text,
                Fields.choice("batchCategory", RecipientCategory.values(), vm.category,
                        Texts.get("recipients.filter.anyCategory")),
                Fields.choice("batchHardshipType", HardshipType.values(), vm.hardshipType,
                        Texts.get("recipients.filter.anyType")),
                Fields.choice("batchFileStatus", FileStatus.values(), vm.fileStatus,
                        Texts.get("recipients.filter.anyStatus")),
                Fields.check("batchOnlyNotVisited", Texts.get("batch.onlyNotVisited"), vm.onlyNotVisited));
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPrefWrapLength(900);

        candidates.setId("batchCandidates");
        candidates.setItems(vm.candidates);
        candidates.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        candidates.getColumns().add(Columns.text("col.name", RecipientSummary::name, 90));
        candidates.getColumns().add(Columns.text("col.idNumber", RecipientSummary::maskedIdNumber, 160));
        candidates.getColumns().add(Columns.text("col.category", r -> Texts.label(r.category()), 120));
        candidates.getColumns().add(Columns.text("col.hardshipType", r -> Texts.label(r.hardshipType()), 90));
        candidates.getColumns().add(Columns.text("col.fileStatus", r -> Texts.label(r.fileStatus()), 90));
        candidates.getColumns().add(Columns.text("col.unit", RecipientSummary::organizationName, 120));
        candidates.setPlaceholder(new Label(Texts.get("recipients.empty")));
        Label candidateCount = new Label();
        candidateCount.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> Texts.get(
                "batch.selected", candidates.getSelectionModel().getSelectedItems().size(), vm.candidates.size()),
                candidates.getSelectionModel().getSelectedItems(), vm.candidates));
        Button selectAll = Dialogs.id(new Button(Texts.get("batch.selectAll")), "batchSelectAll");
        selectAll.setOnAction(e -> candidates.getSelectionModel().selectAll());
        Button toPreview = Dialogs.id(new Button(Texts.get("batch.preview")), "batchPreview");
        toPreview.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(
                candidates.getSelectionModel().getSelectedItems()));
        toPreview.setOnAction(e -> vm.preview(java.util.List.copyOf(candidates.getSelectionModel().getSelectedItems())));
        HBox pickBar = new HBox(8, selectAll, toPreview, candidateCount);
        pickBar.setAlignment(Pos.CENTER_LEFT);
        VBox pick = new VBox(6, filters, candidates, pickBar);
        VBox.setVgrow(candidates, Priority.ALWAYS);

        buildPreview();
        Label totals = Dialogs.id(new Label(), "batchTotals");
        totals.textProperty().bind(vm.totalsTextProperty());
        totals.getStyleClass().add("totals-text");
        Button remove = Dialogs.id(new Button(Texts.get("batch.remove")), "batchRemove");
        remove.disableProperty().bind(preview.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> vm.remove(java.util.List.copyOf(preview.getSelectionModel().getSelectedItems())));
        Button commit = Dialogs.id(new Button(Texts.get("batch.commit")), "batchCommit");
        commit.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.lines));
        commit.setOnAction(e -> vm.commit(onCommitted));
        Button close = Dialogs.id(new Button(Texts.get("button.close")), "batchClose");
        close.setOnAction(e -> onClose.run());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox previewBar = new HBox(8, remove, totals, spacer, commit, close);
        previewBar.setAlignment(Pos.CENTER_LEFT);
        List.of(remove, commit, close).forEach(b -> b.setMinWidth(Region.USE_PREF_SIZE));
        // flagged lines: drop them all, or one reason for all of them (then they are saved with it)
        Button removeFlagged = Dialogs.id(new Button(Texts.get("batch.removeFlagged")), "batchRemoveFlagged");
        removeFlagged.setMinWidth(Region.USE_PREF_SIZE);
        removeFlagged.setOnAction(e -> vm.removeFlagged());
        TextField reason = Fields.text("batchReason", vm.duplicateReason);
        reason.setPromptText(Texts.get("batch.reasonPrompt"));
        reason.setPrefColumnCount(24);
        Label reasonLabel = new Label(Texts.get("batch.reason"));
        reasonLabel.setMinWidth(Region.USE_PREF_SIZE);
        reasonLabel.setLabelFor(reason);
        Label flaggedText = Dialogs.id(new Label(), "batchFlagged");
        flaggedText.textProperty().bind(vm.flaggedTextProperty());
        flaggedText.getStyleClass().add("warning-text");
        flaggedText.setMinWidth(Region.USE_PREF_SIZE);
        HBox flaggedBar = new HBox(8, flaggedText, removeFlagged, reasonLabel, reason);
        flaggedBar.setAlignment(Pos.CENTER_LEFT);
        flaggedBar.visibleProperty().bind(vm.flaggedProperty().greaterThan(0));
        flaggedBar.managedProperty().bind(flaggedBar.visibleProperty());
        Label saved = Dialogs.id(new Label(), "batchSaved");
        saved.textProperty().bind(vm.savedTextProperty());
        saved.getStyleClass().add("totals-text");
        saved.setWrapText(true);
        saved.managedProperty().bind(saved.textProperty().isNotEmpty());
        saved.visibleProperty().bind(saved.managedProperty());
        Label error = Dialogs.id(new Label(), "batchError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label warning = Dialogs.id(new Label(), "batchWarning");
        warning.getStyleClass().add("warning-text");
        warning.textProperty().bind(vm.warningProperty());
        VBox previewBox = new VBox(6, new Label(Texts.get("batch.previewTitle")), preview, flaggedBar, previewBar,
                saved, warning, error);
        VBox.setVgrow(preview, Priority.ALWAYS);

        SplitPane split = new SplitPane(pick, previewBox);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.42); // the preview, where the decisions are, gets the larger part
        VBox content = new VBox(8, common.build(), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        root.setCenter(content);
        root.setPrefSize(1220, 760); // a 1366 laptop shows the preview's 提示 (why a line is flagged) whole
        KeyboardFlow.install(root, () -> {
            if (!vm.lines.isEmpty()) {
                vm.commit(onCommitted);
            }
        }, onClose);
    }

    private void buildPreview() {
        preview.setId("batchLines");
        preview.setItems(vm.lines);
        preview.setEditable(true);
        preview.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        preview.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BatchVisits.Line, String> number = new TableColumn<>(Texts.get("batch.number"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(
                String.valueOf(preview.getItems().indexOf(c.getValue()) + 1)));
        number.setPrefWidth(40);
        preview.getColumns().add(number);
        preview.getColumns().add(Columns.text("col.name", BatchVisits.Line::name, 80));
        preview.getColumns().add(Columns.text("col.idNumber", BatchVisits.Line::maskedIdNumber, 150));
        preview.getColumns().add(Columns.text("col.category", l -> Texts.label(l.category())
                + (l.hardshipType() == null ? "" : "·" + l.hardshipType().label()), 130));
        preview.getColumns().add(editable("col.cash", l -> l.cash().toPlainString(), 0));
        preview.getColumns().add(editable("col.goods", l -> l.goods() == null ? "" : l.goods(), 1));
        preview.getColumns().add(editable("col.goodsValue", l -> l.goodsValue().toPlainString(), 2));
        preview.getColumns().add(Columns.text("batch.problem", l -> l.problem() != null ? l.problem()
                : l.hint() == null ? "" : l.hint(), 220));
        preview.setPlaceholder(new Label(Texts.get("batch.noLines")));
        preview.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(BatchVisits.Line line, boolean empty) {
                super.updateItem(line, empty);
                pseudoClassStateChanged(FLAGGED, !empty && line != null && line.problem() != null);
            }
        });
    }

    /** An amount or goods column edited in place; which: 0 cash, 1 goods, 2 goods value. */
    private TableColumn<BatchVisits.Line, String> editable(String key,
                                                          java.util.function.Function<BatchVisits.Line, String> value,
                                                          int which) {
        TableColumn<BatchVisits.Line, String> c = Columns.text(key, value, 90);
        c.setEditable(true);
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> {
            int i = e.getTablePosition().getRow();
            BatchVisits.Line l = vm.lines.get(i);
            String cash = which == 0 ? e.getNewValue() : l.cash().toPlainString();
            String goods = which == 1 ? e.getNewValue() : l.goods();
            String goodsValue = which == 2 ? e.getNewValue() : l.goodsValue().toPlainString();
            if (!vm.edit(i, cash, goods, goodsValue)) {
                preview.refresh();
            }
        });
        return c;
    }

    public Parent root() {
        return root;
    }
}
