package cn.warmledger.ui.common;

import javafx.stage.Stage;

/**
 * The handle of a window opened by {@link Dialogs#openModal}: what a screen needs to close its form, and no more (the
 * Stage stays inside the façade, so no screen holds one in a {@code Stage[1]} to reach it from the form's buttons).
 */
public final class ModalWindow {
    private final Stage stage;

    ModalWindow(Stage stage) {
        this.stage = stage;
    }

    public void close() {
        stage.close();
    }

    /** Keys go to the window at once, even where the window manager does not move focus. */
    public void requestFocus() {
        stage.requestFocus();
    }

    /** Runs once the window is gone, however it was closed (a button, Esc, the title bar). */
    public void onHidden(Runnable action) {
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> action.run());
    }

    /** Runs when the clerk closes the window by its title bar (not by {@link #close()}). */
    public void onCloseRequest(Runnable action) {
        stage.setOnCloseRequest(e -> action.run());
    }
}
