package cn.warmledger.ui.settings;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.ModalWindow;
import cn.warmledger.ui.common.Texts;

/**
 * The 迁移到单位服务器 window: what is being copied, a progress bar and 取消迁移 while it runs, then the comparison table
 * by table and 关闭. Closing the window while it runs cancels the move (the server is left empty).
 */
public final class MoveInView {
    private final VBox root = new VBox(10);

    public MoveInView(MoveInViewModel vm, ModalWindow window) {
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
        root.getChildren().addAll(status, bar, lines, error, buttons);
        root.setPadding(new Insets(12));
        root.setPrefWidth(720);
    }

    public Parent root() {
        return root;
    }
}
