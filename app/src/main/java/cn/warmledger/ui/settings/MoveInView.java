package cn.warmledger.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.ModalWindow;
import cn.warmledger.ui.common.Texts;

/**
 * The 迁移到单位服务器 window: the server's address and password, 开始迁移; then what is being copied, a progress bar and 取消迁移 while it runs, then the comparison table
 * by table and 关闭. Closing the window while it runs cancels the move (the server is left empty).
 */
public final class MoveInView {
    private final VBox root = new VBox(10);

    public MoveInView(MoveInViewModel vm, ModalWindow window) {
        Label hint = new Label(Texts.get("move.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint-text");
        TextField address = Dialogs.id(new TextField(), "moveAddress");
        address.setPromptText("postgresql://用户名@服务器:5432/数据库名");
        address.textProperty().bindBidirectional(vm.address);
        PasswordField password = Dialogs.id(new PasswordField(), "movePassword");
        password.textProperty().bindBidirectional(vm.password);
        Button start = Dialogs.id(new Button(Texts.get("move.start")), "startMove");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        start.disableProperty().bind(vm.busyProperty());
        address.disableProperty().bind(vm.busyProperty());
        password.disableProperty().bind(vm.busyProperty());
        javafx.scene.Node form = new FormGrid().required(Texts.get("move.address"), address)
                .required(Texts.get("move.password"), password).build();
        // the prompt text disappears while the field has the focus (it has at once): the form is said under it too
        Label example = new Label(Texts.get("move.addressExample"));
        example.getStyleClass().add("hint-text");
        example.setWrapText(true);
        Label status = Dialogs.id(new Label(), "moveStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        ProgressBar bar = Dialogs.id(new ProgressBar(), "moveProgress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.visibleProperty().bind(vm.busyProperty());
        ListView<String> lines = Dialogs.id(new ListView<>(vm.lines()), "moveResult");
        lines.setPrefHeight(320);
        VBox.setVgrow(lines, Priority.ALWAYS);
        Label error = Dialogs.id(new Label(), "moveError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Button cancel = Dialogs.id(new Button(Texts.get("move.cancel")), "cancelMove");
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.busyProperty().not());
        Button close = Dialogs.id(new Button(Texts.get("move.close")), "closeMove");
        close.setOnAction(e -> window.close());
        close.disableProperty().bind(vm.busyProperty());
        window.onCloseRequest(vm::cancel);
        HBox buttons = new HBox(8, cancel, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox.setHgrow(address, Priority.ALWAYS);
        root.getChildren().addAll(hint, form, example, start, status, bar, lines, error, buttons);
        root.setPadding(new Insets(12));
        root.setPrefWidth(720);
    }

    public Parent root() {
        return root;
    }
}
