package cn.warmledger.ui.enterprises;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** The enterprise form; Enter moves on, Ctrl+S saves, Esc cancels. */
public final class EnterpriseFormView {
    private final BorderPane root = new BorderPane();

    public EnterpriseFormView(EnterpriseFormViewModel vm, Runnable onSaved, Runnable onCancel) {
        TextField code = Fields.text("creditCode", vm.creditCode);
        code.setPromptText(Texts.get("enterprise.codePrompt"));
        FormGrid grid = new FormGrid()
                .required(Texts.get("field.creditCode"), code)
                .required(Texts.get("field.enterpriseName"), Fields.text("enterpriseName", vm.name))
                .field(Texts.get("enterprise.hardshipKind"), Fields.text("enterpriseHardshipKind", vm.hardshipKind))
                .field(Texts.get("field.employeeCount"), Fields.text("enterpriseEmployees", vm.employeeCount))
                .field(Texts.get("enterprise.contact"), Fields.text("enterpriseContact", vm.contact))
                .field(Texts.get("col.phone"), Fields.text("enterprisePhone", vm.phone))
                .wide(Texts.get("enterprise.address"), Fields.text("enterpriseAddress", vm.address))
                .wide(Texts.get("recipient.note"), Fields.text("enterpriseNote", vm.note));
        Label codeProblem = Dialogs.id(new Label(), "creditCodeProblem");
        codeProblem.getStyleClass().add("error-text");
        codeProblem.textProperty().bind(vm.codeProblemProperty());
        Label error = Dialogs.id(new Label(), "enterpriseError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        VBox content = new VBox(8, grid.build(), codeProblem, error);
        content.setPadding(new Insets(12));
        Runnable save = () -> vm.save(onSaved);
        Button saveButton = Dialogs.id(new Button(Texts.get("button.save")), "saveEnterprise");
        saveButton.setOnAction(e -> save.run());
        Button cancel = Dialogs.id(new Button(Texts.get("button.cancel")), "cancelEnterprise");
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, saveButton, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(0, 12, 12, 12));
        root.setCenter(content);
        root.setBottom(buttons);
        root.setPrefWidth(720);
        KeyboardFlow.install(root, save, onCancel);
        Platform.runLater(code::requestFocus);
    }

    public Parent root() {
        return root;
    }
}
