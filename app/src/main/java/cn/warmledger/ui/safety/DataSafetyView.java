package cn.warmledger.ui.safety;

import java.util.Map;
import java.util.stream.Collectors;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.Texts;

/** 备份与密码: the password change form, the backup buttons and the restore (check first, then confirm). */
public final class DataSafetyView {
    private final VBox root = new VBox(10);

    public DataSafetyView(DataSafetyViewModel vm, Dialogs dialogs, Runnable restored) {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.data_safety"));
        title.getStyleClass().add("page-title");

        PasswordField current = password("safetyCurrent", vm.current);
        PasswordField next = password("safetyNew", vm.next);
        PasswordField confirm = password("safetyConfirm", vm.confirm);
        FormGrid grid = new FormGrid().section(Texts.get(vm.encrypted() ? "safety.changeTitle" : "safety.encryptTitle"));
        if (vm.encrypted()) {
            grid.required(Texts.get("safety.current"), current);
        }
        grid.required(Texts.get("safety.new"), next).required(Texts.get("signin.confirm"), confirm);
        Label strength = new Label();
        strength.getStyleClass().add("hint-text");
        strength.textProperty().bind(vm.strengthProperty());
        Label noRecovery = new Label(Texts.get("signin.noRecovery"));
        noRecovery.setWrapText(true);
        noRecovery.getStyleClass().add("hint-text");
        Button change = Dialogs.id(new Button(Texts.get("safety.change")), "safetyChange");
        change.setOnAction(e -> vm.changePassword());

        Label backupTitle = new Label(Texts.get("safety.backupTitle"));
        backupTitle.getStyleClass().add("form-section");
        Label backupHint = new Label(Texts.get("safety.backupHint"));
        backupHint.setWrapText(true);
        backupHint.getStyleClass().add("hint-text");
        Button now = Dialogs.id(new Button(Texts.get("safety.backupNow")), "safetyBackupNow");
        now.setOnAction(e -> vm.backupNow());
        Button to = Dialogs.id(new Button(Texts.get("safety.backupTo")), "safetyBackupTo");
        to.setOnAction(e -> dialogs.chooseFolder(Texts.get("safety.backupTo")).ifPresent(f -> vm.backupTo(f.toPath())));
        PasswordField backupPassword = password("safetyBackupPassword", vm.backupPassword);
        backupPassword.setPromptText(Texts.get("safety.backupPassword.prompt"));
        Button restore = Dialogs.id(new Button(Texts.get("safety.restore")), "safetyRestore");
        restore.setOnAction(e -> dialogs.chooseFileToOpen(Texts.get("safety.restore"),
                new FileChooser.ExtensionFilter(Texts.get("safety.backupFiles"), "*.zip")).ifPresent(f ->
                vm.check(f.toPath(), check -> {
                    if (dialogs.confirm(Texts.get("safety.restoreConfirm.header"),
                            Texts.get("safety.restoreConfirm", f.getName(), counts(check.counts())))) {
                        vm.restore(f.toPath(), restored);
                    }
                })));
        ListView<String> files = Dialogs.id(new ListView<>(vm.backupFiles()), "safetyBackups");
        files.setPrefHeight(160);

        Label message = Dialogs.id(new Label(), "safetyMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        Label error = Dialogs.id(new Label(), "safetyError");
        error.setWrapText(true);
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.errorProperty());

        root.getChildren().addAll(title, grid.build(), strength, noRecovery, change, backupTitle, backupHint,
                new HBox(8, now, to, restore, backupPassword), files, message, error);
        root.setPadding(new Insets(12));
        root.setMaxWidth(820);
        vm.refreshBackups();
    }

    private static String counts(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() > 0 && !e.getKey().startsWith("flyway"))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("，"));
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty p) {
        PasswordField f = Dialogs.id(new PasswordField(), id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    public Parent root() {
        return root;
    }
}
