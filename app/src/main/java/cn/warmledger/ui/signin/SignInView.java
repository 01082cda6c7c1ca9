package cn.warmledger.ui.signin;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.service.safety.BackupService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** The sign-in page (or, on the first run, the page where the database password is chosen). */
public final class SignInView {
    private final VBox root = new VBox(12);

    public SignInView(SignInViewModel vm, Dialogs dialogs, Consumer<SignInViewModel.Opened> onOpened) {
        boolean choosing = vm.choosing();
        Label title = new Label(Texts.get(choosing ? "signin.title.choose" : "signin.title"));
        title.getStyleClass().add("page-title");
        Label intro = new Label(Texts.get(switch (vm.state()) {
            case NEW -> "signin.intro.new";
            case UNENCRYPTED -> "signin.intro.unencrypted";
            case ENCRYPTED -> "signin.intro";
        }));
        intro.setWrapText(true);
        TextField operator = Dialogs.id(new TextField(), "signInOperator");
        operator.setPromptText(Texts.get("signin.operator.prompt"));
        operator.textProperty().bindBidirectional(vm.operatorName);
        PasswordField password = Dialogs.id(new PasswordField(), "signInPassword");
        password.textProperty().bindBidirectional(vm.password);
        FormGrid grid = new FormGrid().oneColumn().required(Texts.get("field.operatorName"), operator)
                .required(Texts.get("field.password"), password);
        root.getChildren().addAll(title, intro);
        // Enter after the last password signs in (elsewhere Enter moves to the next field)
        PasswordField last = password;
        if (choosing) {
            PasswordField confirm = Dialogs.id(new PasswordField(), "signInConfirm");
            confirm.textProperty().bindBidirectional(vm.confirm);
            grid.required(Texts.get("signin.confirm"), confirm);
            last = confirm;
        }
        root.getChildren().add(grid.build());
        if (choosing) {
            Label strength = Dialogs.id(new Label(), "signInStrength");
            strength.getStyleClass().add("hint-text");
            strength.textProperty().bind(vm.strengthProperty());
            Label warning = Dialogs.id(new Label(Texts.get("signin.noRecovery")), "signInWarning");
            warning.setWrapText(true);
            warning.getStyleClass().add("error-text");
            CheckBox recovery = Dialogs.id(new CheckBox(Texts.get("signin.writeRecovery")), "signInRecovery");
            recovery.selectedProperty().bindBidirectional(vm.writeRecoveryFile);
            root.getChildren().addAll(strength, warning, recovery);
        }
        Label error = Dialogs.id(new Label(), "signInError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Runnable submit = () -> vm.submit(onOpened);
        Button go = Dialogs.id(new Button(Texts.get(choosing ? "signin.start" : "signin.submit")), "signInSubmit");
        go.setDefaultButton(true);
        go.disableProperty().bind(vm.busyProperty());
        go.setOnAction(e -> submit.run());
        Label progress = Dialogs.id(new Label(), "signInProgress");
        progress.getStyleClass().add("hint-text");
        progress.textProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.progressProperty().isNotEmpty());
        progress.managedProperty().bind(progress.visibleProperty());
        root.getChildren().addAll(error, go, restorePart(vm, dialogs, onOpened), progress);
        root.setPadding(new Insets(32));
        root.setMaxWidth(640);
        root.setAlignment(Pos.TOP_LEFT);
        KeyboardFlow.install(root, submit, () -> { }, last);
    }

    /**
     * 从备份恢复…, shown only when the sign-in found the database file damaged (docs/decisions/21-1): the automatic
     * backups newest first, or a backup file chosen elsewhere (a U盘); the backup is checked with the password typed.
     */
    private static VBox restorePart(SignInViewModel vm, Dialogs dialogs, Consumer<SignInViewModel.Opened> onOpened) {
        Button open = Dialogs.id(new Button(Texts.get("safety.restore")), "signInRestore");
        ListView<BackupService.Dated> list = Dialogs.id(new ListView<>(vm.backups()), "signInBackups");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BackupService.Dated item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : vm.label(item));
            }
        });
        list.setPlaceholder(new Label(Texts.get("restore.damaged.none")));
        list.setPrefHeight(150);
        vm.backups().addListener((javafx.collections.ListChangeListener<BackupService.Dated>) c -> {
            if (!vm.backups().isEmpty()) {
                list.getSelectionModel().selectFirst();
            }
        });
        Label intro = new Label(Texts.get("restore.damaged.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("hint-text");
        Button go = Dialogs.id(new Button(Texts.get("restore.damaged.go")), "signInRestoreGo");
        go.disableProperty().bind(vm.busyProperty());
        go.setOnAction(e -> vm.restore(selected(list), onOpened));
        Button file = Dialogs.id(new Button(Texts.get("restore.damaged.chooseFile")), "signInBackupFile");
        file.disableProperty().bind(vm.busyProperty());
        file.setOnAction(e -> dialogs.chooseFileToOpen(Texts.get("restore.damaged.title"),
                        new javafx.stage.FileChooser.ExtensionFilter(Texts.get("safety.backupFiles"), "*.zip"))
                .ifPresent(f -> vm.restore(f.toPath(), onOpened)));
        VBox panel = new VBox(8, intro, list, new HBox(8, go, file));
        panel.setMaxWidth(640); // as wide as the form above it
        panel.setVisible(false);
        panel.managedProperty().bind(panel.visibleProperty());
        open.setOnAction(e -> panel.setVisible(true));
        open.visibleProperty().bind(vm.damagedProperty().and(panel.visibleProperty().not()));
        open.managedProperty().bind(open.visibleProperty());
        vm.damagedProperty().addListener((o, was, now) -> {
            if (!now) {
                panel.setVisible(false);
            }
        });
        return new VBox(8, open, panel);
    }

    private static Path selected(ListView<BackupService.Dated> list) {
        BackupService.Dated d = list.getSelectionModel().getSelectedItem();
        return d == null ? null : d.file();
    }

    /** Adds a part below the page (on a new folder: the folded choice of 本机数据库 or 单位服务器). */
    public SignInView offer(javafx.scene.Node node) {
        root.getChildren().add(node);
        return this;
    }

    /** True when the clerk asked for a recovery file of the password just chosen. */
    public static boolean wantsRecoveryFile(SignInViewModel vm) {
        return vm.writeRecoveryFile.get();
    }

    public Parent root() {
        return root;
    }
}
