package cn.warmledger.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** 设置 → 收取方式: one form per source, shown for the chosen one; 保存 (Ctrl+S) and 测试连接. 汇总 → 收取 uses it. */
public final class CollectSettingsView {
    private final VBox root = new VBox(10);

    public CollectSettingsView(CollectSettingsViewModel vm) {
        Label intro = new Label(Texts.get("collectSettings.intro"));
        intro.setWrapText(true);
        ComboBox<ReceivedSource> source = Dialogs.id(new ComboBox<>(), "collectSource");
        source.getItems().setAll(CollectSettingsViewModel.SOURCES);
        source.setConverter(Texts.labels(""));
        source.valueProperty().bindBidirectional(vm.source);
        HBox sourceRow = new HBox(8, new Label(Texts.get("collectSettings.source")), source);
        sourceRow.setAlignment(Pos.CENTER_LEFT);

        Button qq = Dialogs.id(new Button(MailPreset.QQ.label()), "collectPresetQq");
        qq.setOnAction(e -> vm.applyPreset(MailPreset.QQ));
        Button netease = Dialogs.id(new Button(MailPreset.NETEASE_163.label()),
                "collectPreset163");
        netease.setOnAction(e -> vm.applyPreset(MailPreset.NETEASE_163));
        HBox presets = new HBox(8, new Label(Texts.get("syncSettings.presets")), qq, netease);
        presets.setAlignment(Pos.CENTER_LEFT);
        ComboBox<EmailSecurity> security = Dialogs.id(new ComboBox<>(), "imapSecurity");
        security.getItems().setAll(EmailSecurity.values());
        // the same choices as sending, but IMAP's ports (993, 143), not SMTP's
        security.setConverter(Fields.named(v -> Texts.get("collectSettings.security." + v.name()), ""));
        security.valueProperty().bindBidirectional(vm.imapSecurity);
        Label hint = Dialogs.id(new Label(), "collectHint");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.textProperty().bind(vm.hintProperty());
        VBox imap = new VBox(8, presets, new FormGrid()
                .required(Texts.get("collectSettings.imap.host"),
                        SettingFields.text("imapHost", vm.imapHost, "imap.qq.com"))
                .field(Texts.get("collectSettings.imap.port"), SettingFields.text("imapPort", vm.imapPort, "993"))
                .field(Texts.get("collectSettings.imap.security"), security)
                .required(Texts.get("collectSettings.imap.user"),
                        SettingFields.text("imapUser", vm.imapUser, "xzgh@163.com"))
                .field(Texts.get("collectSettings.imap.password"),
                        SettingFields.password("imapPassword", vm.imapPassword, vm.imapPasswordSaved))
                .field(Texts.get("collectSettings.imap.folder"),
                        SettingFields.text("imapFolder", vm.imapFolder, "INBOX"))
                .build(), hint);
        Node webdav = new FormGrid()
                .required(Texts.get("collectSettings.webdav.url"), SettingFields.text("collectWebdavUrl",
                        vm.webdavUrl, "https://dav.jianguoyun.com/dav/上报/"))
                .field(Texts.get("collectSettings.webdav.user"),
                        SettingFields.text("collectWebdavUser", vm.webdavUser, ""))
                .field(Texts.get("collectSettings.webdav.password"),
                        SettingFields.password("collectWebdavPassword", vm.webdavPassword, vm.webdavPasswordSaved))
                .build();
        Node folder = new FormGrid()
                .required(Texts.get("collectSettings.folder.path"),
                        SettingFields.text("collectFolderPath", vm.folderPath, "E:\\上报"))
                .build();
        SettingFields.showFor(imap, vm.source, ReceivedSource.IMAP);
        SettingFields.showFor(webdav, vm.source, ReceivedSource.WEBDAV);
        SettingFields.showFor(folder, vm.source, ReceivedSource.FOLDER);

        Button save = Dialogs.id(new Button(Texts.get("button.save")), "saveCollectSettings");
        save.setOnAction(e -> vm.save());
        Button test = Dialogs.id(new Button(Texts.get("syncSettings.test")), "testCollect");
        test.disableProperty().bind(vm.testingProperty());
        test.setOnAction(e -> vm.testConnection());
        Label result = Dialogs.id(new Label(), "collectSettingsResult");
        result.textProperty().bind(vm.resultProperty());
        HBox buttons = new HBox(8, save, test, result);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "collectSettingsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        root.getChildren().addAll(intro, sourceRow, imap, webdav, folder, buttons, error);
        root.setPadding(new Insets(12));
        root.setMaxWidth(820);
        KeyboardFlow.install(root, vm::save, vm::load);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
