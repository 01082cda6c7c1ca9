package cn.warmledger.ui.shell;

import java.util.Map;
import java.util.function.Supplier;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Refresh;
import cn.warmledger.ui.common.ScreenFit;
import cn.warmledger.ui.common.Texts;

/**
 * Navigation on the left, the chosen screen in the middle, a status bar below. Screens come from the
 * factories the composition root registers; a section without one says that its screen is still to come.
 */
public final class MainWindow {
    private final BorderPane root = new BorderPane();
    private final Map<Section, Supplier<Parent>> factories;
    private final ToggleGroup group = new ToggleGroup();
    private final Label status = new Label();
    private final HBox bar = new HBox(24);

    public MainWindow(Map<Section, Supplier<Parent>> factories, String statusText) {
        this.factories = factories;
        VBox nav = new VBox();
        nav.getStyleClass().add("nav");
        for (Section s : Section.values()) {
            ToggleButton b = Dialogs.id(new ToggleButton(Texts.get(s.labelKey())), "nav-" + s.name().toLowerCase());
            b.setToggleGroup(group);
            b.setUserData(s);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> {
                if (!b.isSelected()) {
                    b.setSelected(true);
                }
                show(s);
            });
            nav.getChildren().add(b);
        }
        status.setText(statusText);
        bar.getChildren().add(status);
        bar.getStyleClass().add("status-bar");
        root.setLeft(nav);
        root.setBottom(bar);
        root.setPrefSize(1200, 760);
        // F5: the screen on show reads again what the other clerks saved meanwhile (ui.common.Refresh)
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5 && Refresh.run(root.getCenter())) {
                e.consume();
            }
        });
    }

    /** Shows the section's screen, built anew, and returns it (for a caller that opens a part of it). */
    public Parent show(Section section) {
        group.getToggles().stream().filter(t -> t.getUserData() == section).findFirst()
                .ifPresent(t -> t.setSelected(true));
        // Built anew on every visit: a screen always shows what the others changed meanwhile.
        Supplier<Parent> factory = factories.get(section);
        Parent screen = factory == null ? comingSoon(section) : factory.get();
        root.setCenter(screen);
        ScreenFit.apply(screen);
        // once more when laid out in the window: panes and tabs only show their insides with their skins
        javafx.application.Platform.runLater(() -> ScreenFit.apply(screen));
        return screen;
    }

    private static Parent comingSoon(Section s) {
        Label l = new Label(Texts.get("nav.comingSoon", Texts.get(s.labelKey())));
        l.getStyleClass().add("coming-soon");
        VBox box = new VBox(l);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    /** Adds a piece to the status bar after the text (e.g. 待上报 N). */
    public void addStatus(Node node) {
        bar.getChildren().add(node);
    }

    public Node statusLabel() {
        return status;
    }

    public Parent root() {
        return root;
    }
}
