package cn.warmledger.ui.outbox;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.Submission;
import cn.warmledger.ui.common.Columns;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Loading;
import cn.warmledger.ui.common.Texts;

/** The 上报 list: state, target, attempts, last error and sent time of every submission. */
public final class OutboxView {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final VBox root = new VBox();
    private final TableView<Submission> table = new TableView<>();

    public OutboxView(OutboxViewModel vm, Dialogs dialogs) {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("outbox.title"));
        title.getStyleClass().add("page-title");
        Label hint = new Label(Texts.get("outbox.hint"));
        hint.getStyleClass().add("hint-text");
        hint.setWrapText(true);

        Button send = Dialogs.id(new Button(Texts.get("outbox.sendNow")), "sendNow");
        send.setOnAction(e -> vm.sendNow());
        Button retry = Dialogs.id(new Button(Texts.get("outbox.retry")), "retrySubmission");
        retry.disableProperty().bind(Bindings.createBooleanBinding(() -> !OutboxViewModel.canRetry(vm.rows()),
                vm.rows()));
        retry.setOnAction(e -> vm.retry());
        Button withdraw = Dialogs.id(new Button(Texts.get("outbox.withdraw")), "withdrawSubmission");
        withdraw.disableProperty().bind(Bindings.createBooleanBinding(
                () -> !OutboxViewModel.canWithdraw(vm.selectedProperty().get()), vm.selectedProperty()));
        withdraw.setOnAction(e -> {
            Submission s = vm.selectedProperty().get();
            if (s != null && dialogs.confirm(null, Texts.get("outbox.withdrawConfirm", s.title()))) {
                vm.withdraw();
            }
        });
        Button folder = Dialogs.id(new Button(Texts.get("outbox.openFolder")), "openOutboxFolder");
        folder.disableProperty().bind(vm.selectedProperty().isNull());
        folder.setOnAction(e -> vm.openFolderOfSelected(dialogs::openFolder));
        Label message = Dialogs.id(new Label(), "outboxMessage");
        message.textProperty().bind(vm.messageProperty());
        HBox actions = new HBox(8, send, retry, withdraw, folder, message);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label error = Dialogs.id(new Label(), "outboxError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());

        table.setId("outboxTable");
        table.setItems(vm.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Columns.text("col.table", Submission::title, 170));
        table.getColumns().add(Columns.text("col.period", Submission::periodLabel, 140));
        table.getColumns().add(Columns.text("col.state", vm::stateText, 125));
        table.getColumns().add(Columns.text("col.target", Submission::target, 180));
        table.getColumns().add(Columns.text("col.attempts", s -> String.valueOf(s.attempts()), 60));
        table.getColumns().add(Columns.text("col.createdAt", s -> time(s.createdAt()), 120));
        table.getColumns().add(Columns.text("col.sentAt", s -> time(s.sentAt()), 120));
        table.getColumns().add(Columns.text("col.lastError", vm::lastErrorText, 280));
        Loading.placeholder(table, vm.loadedProperty(), "outbox.empty");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(title, hint, actions, error, table);
        root.setPadding(new Insets(12));
        vm.reload();
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }


    public Parent root() {
        return root;
    }
}
