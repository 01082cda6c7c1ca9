package cn.warmledger.ui.settings;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.OperatorAccount;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** 设置 → 操作员: the accounts of the shared server, and the administrator's 添加, 重设密码, 停用/启用. */
public final class OperatorsView {
    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root = new VBox(10);

    public OperatorsView(OperatorsViewModel vm) {
        root.getStyleClass().add("settings-tab");
        Label intro = new Label(Texts.get("operators.intro"));
        intro.setWrapText(true);
        TableView<OperatorAccount> table = Dialogs.id(new TableView<>(vm.rows), "operatorsTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("operators.col.name", OperatorAccount::name, 160));
        table.getColumns().add(Columns.text("operators.col.role", a -> a.role().label(), 100));
        table.getColumns().add(Columns.text("operators.col.state",
                a -> Texts.get(a.active() ? "operators.active" : "operators.inactive"), 80));
        table.getColumns().add(Columns.text("operators.col.passwordChanged",
                a -> a.passwordChangedAt() == null ? "" : WHEN.format(a.passwordChangedAt()), 160));
        table.getColumns().add(Columns.text("operators.col.changedBy", OperatorAccount::changedBy, 120));
        Loading.placeholder(table, vm.loadedProperty(), "operators.empty");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selected.set(b));
        VBox.setVgrow(table, Priority.ALWAYS);

        PasswordField password = Dialogs.id(new PasswordField(), "operatorPassword");
        password.textProperty().bindBidirectional(vm.password);
        PasswordField confirm = Dialogs.id(new PasswordField(), "operatorConfirm");
        confirm.textProperty().bindBidirectional(vm.confirm);
        CheckBox admin = Dialogs.id(new CheckBox(Texts.get("operators.administrator")), "operatorAdministrator");
        admin.selectedProperty().bindBidirectional(vm.administrator);
        FormGrid form = new FormGrid()
                .field(Texts.get("field.operatorName"), SettingFields.text("operatorName", vm.name,
                        Texts.get("operators.name.prompt")))
                .field(Texts.get("field.password"), password)
                .field(Texts.get("signin.confirm"), confirm)
                .field("", admin);

        Button add = Dialogs.id(new Button(Texts.get("operators.add")), "addOperator");
        add.setOnAction(e -> vm.add());
        Button reset = Dialogs.id(new Button(Texts.get("operators.resetPassword")), "resetOperatorPassword");
        reset.disableProperty().bind(vm.selected.isNull());
        reset.setOnAction(e -> vm.resetPassword());
        Button active = Dialogs.id(new Button(), "toggleOperator");
        active.textProperty().bind(Bindings.createStringBinding(() -> Texts.get(
                vm.selected.get() != null && !vm.selected.get().active() ? "operators.enable" : "operators.disable"),
                vm.selected));
        active.disableProperty().bind(vm.selected.isNull());
        active.setOnAction(e -> vm.toggleActive());
        Label status = Dialogs.id(new Label(), "operatorsStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox bar = new HBox(8, add, reset, active, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "operatorsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        root.getChildren().addAll(intro, table, form.build(), bar, error);
        // as the other tabs of 设置: a margin, and not stretched across a wide screen
        root.setPadding(new javafx.geometry.Insets(12));
        root.setMaxWidth(980);
        vm.reload();
    }

    public Parent root() {
        return root;
    }
}
