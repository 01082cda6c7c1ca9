package cn.warmledger.ui.visits;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.controlsfx.control.textfield.TextFields;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.visits.DuplicateVisitException;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/**
 * The visit form, built for the keyboard: the recipient field has the focus, Enter moves on, Ctrl+S
 * saves, Ctrl+N clears for the next recipient, Esc closes. A second visit of the same kind asks for a
 * confirmation and a reason; cancelling writes nothing.
 */
public final class VisitFormView {
    private final VisitFormViewModel vm;
    private final Dialogs dialogs;
    private final Runnable onSaved;
    private final Runnable onClose;
    private final BorderPane root = new BorderPane();
    private TextField search;

    public VisitFormView(VisitFormViewModel vm, Dialogs dialogs, Runnable onSaved, Runnable onClose) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.onSaved = onSaved;
        this.onClose = onClose;
        build();
    }

    private void build() {
        search = Fields.text("visitRecipientSearch", vm.recipientSearch);
        search.setPromptText(Texts.get("visit.searchPrompt"));
        ComboBox<RecipientSummary> recipient = Dialogs.id(new ComboBox<>(vm.matches), "visitRecipient");
        recipient.setConverter(Fields.named(r -> r.name() + "  " + r.maskedIdNumber() + "  " + Texts.label(r.category())
                + (r.hardshipType() == null ? "" : "·" + r.hardshipType().label()), ""));
        recipient.valueProperty().bindBidirectional(vm.recipient);
        ComboBox<Campaign> campaign = Dialogs.id(new ComboBox<>(vm.campaigns), "visitCampaign");
        campaign.setConverter(Fields.named(Campaign::name, ""));
        campaign.valueProperty().bindBidirectional(vm.campaign);
        TextField visitors = Fields.text("visitVisitors", vm.visitors);
        TextFields.bindAutoCompletion(visitors, request -> vm.knownVisitors.stream()
                .filter(v -> request.getUserText() != null && !request.getUserText().isBlank()
                        && v.contains(request.getUserText())).toList());
        Label standard = Dialogs.id(new Label(), "visitStandard");
        standard.getStyleClass().add("hint-text");
        standard.textProperty().bind(vm.standardTextProperty());

        FormGrid grid = new FormGrid()
                .required(Texts.get("field.recipient"), search)
                .field("", recipient)
                .field(Texts.get("field.campaign"), campaign)
                .required(Texts.get("field.visitedOn"), Fields.date("visitDate", vm.visitedOn))
                .required(Texts.get("field.visitForm"), Fields.choice("visitForm", VisitForm.values(), vm.form, null))
                .required(Texts.get("field.assistanceKind"),
                        Fields.choice("visitKind", AssistanceKind.values(), vm.assistanceKind, null))
                .field(Texts.get("col.cash"), Fields.text("visitCash", vm.cash))
                .field("", standard)
                .field(Texts.get("col.goods"), Fields.text("visitGoods", vm.goods))
                .field(Texts.get("col.goodsValue"), Fields.text("visitGoodsValue", vm.goodsValue))
                .field(Texts.get("col.fundSource"),
                        Fields.choice("visitFundSource", FundSource.values(), vm.fundSource, ""))
                .field(Texts.get("col.visitors"), visitors)
                .wide(Texts.get("recipient.note"), Fields.text("visitNote", vm.note))
                .wide("", Fields.check("visitSigned", Texts.get("col.signed"), vm.signed));

        Label warning = Dialogs.id(new Label(), "visitWarning");
        warning.getStyleClass().add("warning-text");
        warning.setWrapText(true);
        warning.textProperty().bind(vm.warningProperty());
        Label error = Dialogs.id(new Label(), "visitError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Label status = Dialogs.id(new Label(), "visitStatus");
        status.getStyleClass().add("hint-text");
        status.textProperty().bind(vm.statusProperty());
        Label keys = new Label(Texts.get("visit.keys"));
        keys.getStyleClass().add("hint-text");
        VBox content = new VBox(8, grid.build(), warning, error, status, keys);
        content.setPadding(new Insets(12));

        Button save = Dialogs.id(new Button(Texts.get("button.save")), "saveVisit");
        save.setOnAction(e -> save(null));
        Button close = Dialogs.id(new Button(Texts.get("button.close")), "closeVisit");
        close.setOnAction(e -> onClose.run());
        HBox buttons = new HBox(8, save, close);
        HBox.setHgrow(error, Priority.ALWAYS);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(0, 12, 12, 12));
        root.setCenter(content);
        root.setBottom(buttons);
        root.setPrefWidth(760);
        KeyboardFlow.install(root, () -> save(null), onClose);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN).match(e)) {
                e.consume();
                vm.startNext();
                search.requestFocus();
            }
        });
        Platform.runLater(search::requestFocus);
    }

    /** A new visit saved leaves the form ready for the next recipient; an edited one closes it. */
    private void save(String reason) {
        boolean wasNew = vm.isNew();
        vm.save(reason, saved -> {
            onSaved.run();
            if (wasNew) {
                vm.startNext();
                search.requestFocus();
            } else {
                onClose.run();
            }
        }, this::confirmDuplicate);
    }

    /**
     * The double-payment guard, one dialog: who was visited when, and the reason box with 仍然保存 / 取消 (issue 15,
     * point 6); cancelled, nothing is written.
     */
    private void confirmDuplicate(DuplicateVisitException dup) {
        dialogs.reasonToGoAhead(Texts.get("visit.duplicateHeader"), dup.getMessage(),
                        Texts.get("visit.duplicateReasonPrompt"), Texts.get("visit.saveAnyway"))
                .ifPresentOrElse(this::save, () -> vm.errorProperty().set(Texts.get("visit.duplicateCancelled")));
    }

    public Parent root() {
        return root;
    }
}
