package cn.warmledger.ui.campaigns;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** The campaign form with its 慰问标准 grid; Enter moves on, Ctrl+S saves, Esc cancels. */
public final class CampaignFormView {
    private final BorderPane root = new BorderPane();

    public CampaignFormView(CampaignFormViewModel vm, Runnable onSaved, Runnable onCancel) {
        TextField name = Fields.text("campaignName", vm.name);
        name.setPromptText(Texts.get("campaign.namePrompt"));
        FormGrid grid = new FormGrid()
                .required(Texts.get("field.campaignName"), name)
                .required(Texts.get("field.campaignKind"),
                        Fields.choice("campaignKind", CampaignKind.values(), vm.kind, null))
                .required(Texts.get("field.startsOn"), Fields.date("campaignStartsOn", vm.startsOn))
                .required(Texts.get("field.endsOn"), Fields.date("campaignEndsOn", vm.endsOn))
                .field(Texts.get("col.budget"), Fields.text("campaignBudget", vm.budget))
                .field(Texts.get("recipient.note"), Fields.text("campaignNote", vm.note))
                .section(Texts.get("campaign.standardsSection"));
        for (CampaignFormViewModel.StandardField f : vm.standards) {
            TextField amount = Fields.text("standard-" + f.category().code()
                    + (f.hardshipType() == null ? "" : "-" + f.hardshipType().code()), f.amount());
            amount.setPromptText(Texts.get("campaign.standardPrompt"));
            grid.field(f.label(), amount);
        }
        Label hint = new Label(Texts.get("campaign.standardsHint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        Label error = Dialogs.id(new Label(), "campaignError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(8, grid.build(), hint, error);
        content.setPadding(new Insets(12));
        Runnable save = () -> vm.save(onSaved);
        Button saveButton = Dialogs.id(new Button(Texts.get("button.save")), "saveCampaign");
        saveButton.setOnAction(e -> save.run());
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "cancelCampaign");
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, saveButton, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(0, 12, 12, 12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        root.setBottom(buttons);
        root.setPrefSize(760, 620);
        KeyboardFlow.install(root, save, onCancel);
        Platform.runLater(name::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
