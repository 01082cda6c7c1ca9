package cn.warmledger.ui.common;

import java.io.File;
import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The one façade for windows and dialogs: no view opens a Stage or an Alert on its own. */
public final class Dialogs {
    private Window owner;
    private javafx.application.HostServices hostServices;

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** The application's HostServices, for opening folders in the system's file manager. */
    public void setHostServices(javafx.application.HostServices hostServices) {
        this.hostServices = hostServices;
    }

    /** Opens a folder in the file manager (资源管理器); without one, says where the folder is. */
    public void openFolder(java.nio.file.Path folder) {
        open(folder);
    }

    /** Opens a file with its program (an .xlsx in WPS or Excel) or a folder; without one, says where it is. */
    public void open(java.nio.file.Path path) {
        if (path == null) {
            return;
        }
        if (hostServices != null) {
            hostServices.showDocument(path.toUri().toString());
        } else {
            info(Texts.get("dialog.folder"), path.toString());
        }
    }

    public void error(String header, String message) {
        alert(Alert.AlertType.ERROR, header, message).showAndWait();
    }

    public void info(String header, String message) {
        alert(Alert.AlertType.INFORMATION, header, message).showAndWait();
    }

    public boolean confirm(String header, String message) {
        Alert a = alert(Alert.AlertType.CONFIRMATION, header, message);
        ButtonType yes = new ButtonType(Texts.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(yes, no);
        return a.showAndWait().filter(b -> b == yes).isPresent();
    }

    /** Asks for a text (a reason, a name); empty when cancelled. */
    public Optional<String> ask(String header, String prompt, String initial) {
        TextInputDialog d = new TextInputDialog(initial);
        d.initOwner(owner);
        d.initModality(Modality.NONE);
        d.setOnShowing(e -> blockOwnerWhileShowing(d.getDialogPane().getScene().getWindow()));
        d.setTitle(Texts.get("app.title"));
        d.setHeaderText(header);
        d.setContentText(prompt);
        ButtonType yes = new ButtonType(Texts.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().setAll(yes,
                new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == yes ? d.getEditor().getText() : null);
        return d.showAndWait().map(String::strip);
    }

    /**
     * One dialog that says what is at stake and takes the reason to go ahead (the double-payment guard): the
     * message, the reason box and {@code goAhead} / 取消; {@code goAhead} waits for a reason. Empty when cancelled.
     */
    public Optional<String> reasonToGoAhead(String header, String message, String prompt, String goAhead) {
        javafx.scene.control.Dialog<String> d = new javafx.scene.control.Dialog<>();
        d.initOwner(owner);
        d.setTitle(Texts.get("app.title"));
        d.setHeaderText(header);
        javafx.scene.control.Label text = id(new javafx.scene.control.Label(message), "reasonMessage");
        text.setWrapText(true);
        javafx.scene.control.TextField reason = id(new javafx.scene.control.TextField(), "reasonField");
        javafx.scene.control.Label label = new javafx.scene.control.Label(prompt);
        label.setLabelFor(reason);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(10, text, label, reason);
        content.setPrefWidth(480);
        d.getDialogPane().setContent(content);
        ButtonType yes = new ButtonType(goAhead, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().setAll(yes, no);
        d.getDialogPane().lookupButton(yes).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> reason.getText().isBlank(),
                        reason.textProperty()));
        d.setResultConverter(b -> b == yes ? reason.getText().strip() : null);
        d.initModality(Modality.NONE);
        d.setOnShowing(e -> blockOwnerWhileShowing(d.getDialogPane().getScene().getWindow()));
        if (d.getDialogPane().getScene() != null) {
            Theme.style(d.getDialogPane().getScene());
        }
        javafx.application.Platform.runLater(reason::requestFocus);
        return d.showAndWait().filter(r -> !r.isBlank());
    }

    /**
     * A window of its own (a form), modal to the main window. {@code content} makes the window's content given the
     * window's handle, so the form's buttons can close it; the handle is also returned.
     */
    public ModalWindow openModal(String title, java.util.function.Function<ModalWindow, Parent> content) {
        Stage stage = new Stage();
        ModalWindow window = new ModalWindow(stage);
        Parent root = content.apply(window);
        stage.initOwner(owner);
        stage.initModality(Modality.NONE); // modal by blockOwnerWhileShowing
        stage.setTitle(title);
        Scene scene = new Scene(root);
        Theme.style(scene);
        stage.setScene(scene);
        ScreenFit.apply(root);
        blockOwnerWhileShowing(stage);
        stage.show();
        fitOnOwner(stage);
        return window;
    }

    /**
     * A dialog is modal to the main window by this façade, not by the window system: under a window manager (openbox,
     * GTK) a natively modal window fixed its owner's size and so un-maximized it (issue 15, point 1; seen in
     * scripts/screens.sh). While the dialog shows, the main window takes no mouse or key event; a click on it brings
     * the dialog to the front.
     */
    private void blockOwnerWhileShowing(Window dialog) {
        if (owner == null || owner.getScene() == null) {
            return;
        }
        Scene main = owner.getScene();
        javafx.event.EventHandler<javafx.event.Event> block = e -> {
            if (!dialog.isShowing()) {
                return;
            }
            if (e.getEventType() == javafx.scene.input.MouseEvent.MOUSE_PRESSED && dialog instanceof Stage s) {
                s.toFront();
                s.requestFocus();
            }
            e.consume();
        };
        dialog.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> {
            main.addEventFilter(javafx.scene.input.MouseEvent.ANY, block);
            main.addEventFilter(javafx.scene.input.KeyEvent.ANY, block);
            main.addEventFilter(javafx.scene.input.ScrollEvent.ANY, block);
        });
        dialog.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            // a dialog still open beneath (a form under its 重复慰问 question) comes back to the front
            Window.getWindows().stream().filter(w -> w != dialog && w != owner && w.isShowing()
                    && w instanceof Stage).reduce((a, b) -> b).ifPresent(w -> ((Stage) w).toFront());
            main.removeEventFilter(javafx.scene.input.MouseEvent.ANY, block);
            main.removeEventFilter(javafx.scene.input.KeyEvent.ANY, block);
            main.removeEventFilter(javafx.scene.input.ScrollEvent.ANY, block);
        });
    }

    /**
     * A dialog sized to its content but never beyond the owner's screen, centred on the owner (issue 15: under a
     * window manager a form taller than a 768-pixel screen had its buttons off the screen).
     */
    void fitOnOwner(Stage stage) {
        if (owner == null) {
            return;
        }
        javafx.geometry.Rectangle2D area = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        double w = Math.min(stage.getWidth(), area.getWidth());
        double h = Math.min(stage.getHeight(), area.getHeight());
        stage.setWidth(w);
        stage.setHeight(h);
        double x = owner.getX() + (owner.getWidth() - w) / 2;
        double y = owner.getY() + (owner.getHeight() - h) / 2;
        stage.setX(Math.max(area.getMinX(), Math.min(x, area.getMaxX() - w)));
        stage.setY(Math.max(area.getMinY(), Math.min(y, area.getMaxY() - h)));
    }

    public Optional<File> chooseFileToOpen(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().addAll(filters);
        return Optional.ofNullable(fc.showOpenDialog(owner));
    }

    public Optional<File> chooseFileToSave(String title, String initialName, FileChooser.ExtensionFilter... filters) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().addAll(filters);
        return Optional.ofNullable(fc.showSaveDialog(owner));
    }

    public Optional<File> chooseFolder(String title) {
        javafx.stage.DirectoryChooser dc = new javafx.stage.DirectoryChooser();
        dc.setTitle(title);
        return Optional.ofNullable(dc.showDialog(owner));
    }

    private Alert alert(Alert.AlertType type, String header, String message) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.initModality(Modality.NONE);
        a.setOnShowing(e -> blockOwnerWhileShowing(a.getDialogPane().getScene().getWindow()));
        a.setTitle(Texts.get("app.title"));
        a.setHeaderText(header);
        a.setContentText(message);
        // JavaFX names its own OK button in the JVM's language, which is English on many a machine
        a.getButtonTypes().setAll(new ButtonType(Texts.get("button.ok"), ButtonBar.ButtonData.OK_DONE));
        if (a.getDialogPane().getScene() != null) {
            Theme.style(a.getDialogPane().getScene());
        }
        return a;
    }

    /** Marks a node so TestFX and keyboard users find it. */
    public static <N extends Node> N id(N node, String id) {
        node.setId(id);
        return node;
    }
}
