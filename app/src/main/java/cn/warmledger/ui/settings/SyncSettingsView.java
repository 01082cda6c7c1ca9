package cn.warmledger.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.TransportKind;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** 设置 → 上报方式: one form per transport, shown for the chosen one; 保存 (Ctrl+S) and 测试连接. */
public final class SyncSettingsView {
    private final VBox root = new VBox(10);

    public SyncSettingsView(SyncSettingsViewModel vm) {
        ComboBox<TransportKind> kind = Dialogs.id(new ComboBox<>(), "syncTransport");
        // the last choice, 暂不上报, is no transport at all: the submissions wait in the outbox until one is chosen
        kind.getItems().setAll(TransportKind.values());
        kind.getItems().add(null);
        kind.setConverter(Texts.labels(Texts.get("syncSettings.noTransport")));
        kind.setPromptText(Texts.get("syncSettings.noTransport"));
        kind.valueProperty().bindBidirectional(vm.transport);
        Label none = Dialogs.id(new Label(Texts.get("syncSettings.noTransportHint")), "noTransportHint");
        none.getStyleClass().add("hint-text");
        none.setWrapText(true);
        none.visibleProperty().bind(vm.transport.isNull());
        none.managedProperty().bind(none.visibleProperty());
        HBox kindRow = new HBox(8, new Label(Texts.get("syncSettings.transport")), kind);
        kindRow.setAlignment(Pos.CENTER_LEFT);

        Button qq = Dialogs.id(new Button(MailPreset.QQ.label()), "presetQq");
        qq.setOnAction(e -> vm.applyPreset(MailPreset.QQ));
        Button netease = Dialogs.id(new Button(MailPreset.NETEASE_163.label()), "preset163");
        netease.setOnAction(e -> vm.applyPreset(MailPreset.NETEASE_163));
        HBox presets = new HBox(8, new Label(Texts.get("syncSettings.presets")), qq, netease);
        presets.setAlignment(Pos.CENTER_LEFT);
        ComboBox<EmailSecurity> security = Dialogs.id(new ComboBox<>(), "emailSecurity");
        security.getItems().setAll(EmailSecurity.values());
        security.setConverter(Texts.labels(""));
        security.valueProperty().bindBidirectional(vm.emailSecurity);
        Label hint = Dialogs.id(new Label(), "authCodeHint");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty());
        VBox email = new VBox(8, presets, new FormGrid()
                .required(Texts.get("setting.sync.email.host"), SettingFields.text("emailHost", vm.emailHost, "smtp.qq.com"))
                .field(Texts.get("setting.sync.email.port"), SettingFields.text("emailPort", vm.emailPort, "465"))
                .field(Texts.get("syncSettings.emailSecurity"), security)
                .required(Texts.get("setting.sync.email.user"), SettingFields.text("emailUser", vm.emailUser, "12345@qq.com"))
                .field(Texts.get("setting.sync.email.password"), SettingFields.password("emailPassword", vm.emailPassword,
                        vm.emailPasswordSaved))
                .field(Texts.get("setting.sync.email.from"), SettingFields.text("emailFrom", vm.emailFrom, ""))
                .required(Texts.get("setting.sync.email.to"), SettingFields.text("emailTo", vm.emailTo, "xzgh@163.com"))
                .build(), hint);
        Node webdav = new FormGrid()
                .required(Texts.get("setting.sync.webdav.url"), SettingFields.text("webdavUrl", vm.webdavUrl,
                        "https://dav.jianguoyun.com/dav/上报/"))
                .field(Texts.get("setting.sync.webdav.user"), SettingFields.text("webdavUser", vm.webdavUser, ""))
                .field(Texts.get("setting.sync.webdav.password"), SettingFields.password("webdavPassword", vm.webdavPassword,
                        vm.webdavPasswordSaved))
                .build();
        Node folder = new FormGrid()
                .required(Texts.get("setting.sync.folder.path"), SettingFields.text("folderPath", vm.folderPath, "E:\\上报"))
                .build();
        SettingFields.showFor(email, vm.transport, TransportKind.EMAIL);
        SettingFields.showFor(webdav, vm.transport, TransportKind.WEBDAV);
        SettingFields.showFor(folder, vm.transport, TransportKind.FOLDER);

        Runnable save = () -> vm.save(() -> { });
        Button saveButton = Dialogs.id(new Button(Texts.get("button.save")), "saveSyncSettings");
        saveButton.setOnAction(e -> save.run());
        // until the stored settings are shown nothing is typed (they would replace it) and nothing saved
        for (Node part : new Node[] {kindRow, email, webdav, folder}) {
            part.disableProperty().bind(vm.loadingProperty());
        }
        saveButton.disableProperty().bind(vm.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        Button test = Dialogs.id(new Button(Texts.get("syncSettings.test")), "testConnection");
        test.disableProperty().bind(vm.testingProperty().or(vm.transport.isNull())); // 暂不上报: nothing to test
        test.setOnAction(e -> vm.testConnection());
        Label result = Dialogs.id(new Label(), "syncResult");
        result.textProperty().bind(vm.resultProperty());
        HBox buttons = new HBox(8, saveButton, test, busy, result);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "syncError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        root.getChildren().addAll(kindRow, none, email, webdav, folder, buttons, error);
        root.setPadding(new Insets(12));
        root.setMaxWidth(820);
        KeyboardFlow.install(root, save, vm::load);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
