package cn.warmledger.ui.settings;

import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.service.settings.ConnectionFile;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 数据库: 本机数据库（默认） or 单位服务器 (PostgreSQL), 保存 (Ctrl+S) and 测试连接; says that a switch takes effect at the
 * next start. The first sign-in page shows the same form, folded. In 设置 on a local database it also offers
 * 迁移到单位服务器… (issue 18 point 5: the move belongs with the choice of the server).
 */
public final class DatabaseSettingsView {
    private final VBox root = new VBox(10);

    public DatabaseSettingsView(DatabaseSettingsViewModel vm, Consumer<ConnectionFile.Choice> onSaved) {
        this(vm, onSaved, null);
    }

    /** {@code moveIn}: opens 迁移到单位服务器 (null: no such part — the first sign-in page, or data on the server already). */
    public DatabaseSettingsView(DatabaseSettingsViewModel vm, Consumer<ConnectionFile.Choice> onSaved, Runnable moveIn) {
        ToggleGroup where = new ToggleGroup();
        RadioButton local = Dialogs.id(new RadioButton(Texts.get("connection.local")), "dbLocal");
        RadioButton server = Dialogs.id(new RadioButton(Texts.get("connection.server")), "dbServer");
        local.setToggleGroup(where);
        server.setToggleGroup(where);
        local.setSelected(true);
        server.selectedProperty().bindBidirectional(vm.useServer);
        vm.useServer.addListener((o, was, now) -> local.setSelected(!now));
        HBox choice = new HBox(16, new Label(Texts.get("connection.where")), local, server);
        choice.setAlignment(Pos.CENTER_LEFT);

        CheckBox ssl = Dialogs.id(new CheckBox(Texts.get("connection.ssl")), "dbSsl");
        ssl.selectedProperty().bindBidirectional(vm.ssl);
        Node form = new FormGrid()
                .required(Texts.get("connection.host"), SettingFields.text("dbHost", vm.host, "192.168.1.20"))
                .required(Texts.get("connection.port"), SettingFields.text("dbPort", vm.port, "5432"))
                .required(Texts.get("connection.database"), SettingFields.text("dbName", vm.database, Texts.get("connection.fromAdministrator")))
                .required(Texts.get("connection.user"), SettingFields.text("dbUser", vm.user, Texts.get("connection.fromAdministrator")))
                .field(Texts.get("connection.password"), SettingFields.password("dbPassword", vm.password,
                        vm.passwordSaved))
                .field("", ssl)
                .build();
        form.visibleProperty().bind(vm.useServer);
        form.managedProperty().bind(form.visibleProperty());
        Label hint = Dialogs.id(new Label(Texts.get("connection.nextStart")), "dbHint");
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped, never cut to "…" (folded under sign-in)

        Runnable save = () -> vm.save(onSaved);
        Button saveButton = Dialogs.id(new Button(Texts.get("button.save")), "saveDatabaseSettings");
        saveButton.setOnAction(e -> save.run());
        saveButton.disableProperty().bind(vm.busyProperty());
        Button test = Dialogs.id(new Button(Texts.get("syncSettings.test")), "testDatabaseConnection");
        test.disableProperty().bind(vm.testingProperty().or(vm.useServer.not()));
        test.setOnAction(e -> vm.testConnection());
        Label result = Dialogs.id(new Label(), "dbResult");
        result.textProperty().bind(vm.resultProperty());
        result.setWrapText(true);
        HBox buttons = new HBox(8, saveButton, test, result);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "dbError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        root.getChildren().addAll(choice, form, hint, buttons, error);
        if (moveIn != null) {
            Label moveTitle = new Label(Texts.get("move.title"));
            moveTitle.getStyleClass().add("form-section");
            Label moveHint = new Label(Texts.get("move.hint"));
            moveHint.setWrapText(true);
            moveHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            moveHint.getStyleClass().add("hint-text");
            Button move = Dialogs.id(new Button(Texts.get("move.button")), "openMoveIn");
            move.setOnAction(e -> moveIn.run());
            root.getChildren().addAll(moveTitle, moveHint, move);
        }
        root.setPadding(new Insets(12));
        root.setMaxWidth(820);
        KeyboardFlow.install(root, save, vm::load);
        vm.load();
    }

    public Parent root() {
        return root;
    }
}
