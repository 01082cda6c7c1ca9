package cn.warmledger.ui.signin;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.FormGrid;
import cn.warmledger.ui.common.KeyboardFlow;
import cn.warmledger.ui.common.Texts;

/** The sign-in page on the office's server: 操作员 + 密码 (first run: the first administrator, password twice). */
public final class ServerSignInView {
    private final VBox root = new VBox(12);

    public ServerSignInView(ServerSignInViewModel vm, Consumer<AppContext> onOpened) {
        Label title = Dialogs.id(new Label(), "serverSignInTitle");
        title.getStyleClass().add("page-title");
        title.textProperty().bind(Bindings.when(vm.firstAccountProperty())
                .then(Texts.get("serverSignIn.title.first")).otherwise(Texts.get("serverSignIn.title")));
        Label intro = Dialogs.id(new Label(), "serverSignInIntro");
        intro.setWrapText(true);
        intro.textProperty().bind(Bindings.when(vm.firstAccountProperty())
                .then(Texts.get("serverSignIn.intro.first", vm.server()))
                .otherwise(Texts.get("serverSignIn.intro", vm.server())));
        TextField operator = Dialogs.id(new TextField(), "signInOperator");
        operator.setPromptText(Texts.get("signin.operator.prompt"));
        operator.textProperty().bindBidirectional(vm.operatorName);
        PasswordField password = Dialogs.id(new PasswordField(), "signInPassword");
        password.textProperty().bindBidirectional(vm.password);
        PasswordField confirm = Dialogs.id(new PasswordField(), "signInConfirm");
        confirm.textProperty().bindBidirectional(vm.confirm);
        // one grid, so the confirmation's field lines up with the others; its row shows only for the first account
        javafx.scene.layout.GridPane form = new FormGrid().oneColumn().required(Texts.get("field.operatorName"), operator)
                .required(Texts.get("serverSignIn.password"), password)
                .required(Texts.get("signin.confirm"), confirm).build();
        form.getChildren().stream().filter(n -> Integer.valueOf(2).equals(javafx.scene.layout.GridPane.getRowIndex(n)))
                .forEach(n -> {
                    n.visibleProperty().bind(vm.firstAccountProperty());
                    n.managedProperty().bind(n.visibleProperty());
                });

        Label error = Dialogs.id(new Label(), "signInError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        Runnable submit = () -> vm.submit(onOpened);
        Button go = Dialogs.id(new Button(Texts.get("signin.submit")), "signInSubmit");
        go.setDefaultButton(true);
        go.disableProperty().bind(vm.busyProperty().or(vm.connectedProperty().not()));
        go.setOnAction(e -> submit.run());
        Button retry = Dialogs.id(new Button(Texts.get("serverSignIn.retry")), "serverReconnect");
        retry.visibleProperty().bind(vm.connectedProperty().not().and(vm.busyProperty().not()));
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> vm.connect());
        Label progress = Dialogs.id(new Label(), "signInProgress");
        progress.getStyleClass().add("hint-text");
        progress.textProperty().bind(vm.progressProperty());
        HBox actions = new HBox(10, go, retry, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, intro, form, error, actions);
        root.setPadding(new Insets(32));
        root.setMaxWidth(640);
        root.setAlignment(Pos.TOP_LEFT);
        // Enter after the last password signs in: the password, or on first run its confirmation
        KeyboardFlow.installChanging(root, submit, () -> { }, () -> vm.firstAccountProperty().get() ? confirm : password);
        vm.connect();
    }

    /** Adds a part below the page (the folded database settings: another server, or back to 本机数据库). */
    public ServerSignInView offer(Node node) {
        root.getChildren().add(node);
        return this;
    }

    public Parent root() {
        return root;
    }
}
