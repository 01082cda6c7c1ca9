package cn.warmledger.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** 设置 → 我的密码: the signed-in operator changes her own sign-in password on the server (issue 18). */
public final class MyPasswordView {
    private final VBox root = new VBox(10);

    public MyPasswordView(MyPasswordViewModel vm, String operatorName) {
        Label intro = new Label(Texts.get("myPassword.intro", operatorName));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add("hint-text");
        PasswordField confirm = SettingFields.password("myConfirmPassword", vm.confirm);
        FormGrid form = new FormGrid().oneColumn()
                .required(Texts.get("myPassword.current"), SettingFields.password("myCurrentPassword", vm.current))
                .required(Texts.get("myPassword.new"), SettingFields.password("myNewPassword", vm.next))
                .required(Texts.get("myPassword.confirm"), confirm);
        Button change = Dialogs.id(new Button(Texts.get("myPassword.change")), "changeMyPassword");
        change.setOnAction(e -> vm.change());
        change.disableProperty().bind(vm.busyProperty());
        Label status = Dialogs.id(new Label(), "myPasswordStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, change, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "myPasswordError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        root.getChildren().addAll(intro, form.build(), bar, error);
        root.setPadding(new Insets(12));
        root.setMaxWidth(640);
        KeyboardFlow.install(root, vm::change, () -> { }, confirm);
    }

    public Parent root() {
        return root;
    }
}
