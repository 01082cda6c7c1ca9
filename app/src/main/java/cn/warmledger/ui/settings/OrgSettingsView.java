package cn.warmledger.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** 设置 → 本单位: the unit's name, code, 上级单位, phone, 填报人 and 低保标准; 保存 (Ctrl+S). */
public final class OrgSettingsView {
    private final VBox root = new VBox(10);

    public OrgSettingsView(OrgSettingsViewModel vm, Dialogs dialogs) {
        Label intro = new Label(Texts.get("orgSettings.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint-text");
        TextField preparer = SettingFields.text("orgPreparer", vm.preparer, "");
        preparer.promptTextProperty().bind(vm.preparerPromptProperty());
        FormGrid grid = new FormGrid()
                .required(Texts.get("orgSettings.name"), SettingFields.text("orgName", vm.orgName,
                        Texts.get("setup.orgName.prompt")))
                .required(Texts.get("field.orgCode"), SettingFields.text("orgCode", vm.orgCode,
                        Texts.get("setup.orgCode.prompt")))
                .field(Texts.get("field.parentName"), SettingFields.text("orgParent", vm.parentName,
                        Texts.get("setup.parent.prompt")))
                .field(Texts.get("orgSettings.phone"), SettingFields.text("orgPhone", vm.phone,
                        Texts.get("orgSettings.phonePrompt")))
                .field(Texts.get("orgSettings.preparer"), preparer)
                .field(Texts.get("field.minimumLivingStandard"), SettingFields.text("orgMinimumLiving",
                        vm.minimumLivingStandard, Texts.get("setup.minimum.prompt")));

        Runnable save = () -> vm.save(warning -> dialogs.confirm(Texts.get("orgSettings.codeChangeHeader"), warning));
        Button saveButton = Dialogs.id(new Button(Texts.get("button.save")), "saveOrgSettings");
        saveButton.setOnAction(e -> save.run());
        saveButton.disableProperty().bind(vm.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Label result = Dialogs.id(new Label(), "orgResult");
        result.textProperty().bind(vm.resultProperty());
        HBox buttons = new HBox(8, saveButton, busy, result);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "orgError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        root.getChildren().addAll(intro, grid.build(), buttons, error);
        root.setPadding(new Insets(12));
        root.setMaxWidth(820);
        KeyboardFlow.install(root, save, vm::load);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
