package cn.warmledger.ui.shell;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the main window opens (issue 15, point 1): where the clerk left it — size, position and maximized state,
 * remembered per user of the machine (java.util.prefs: the registry on Windows, ~/.java on Linux; it is the
 * screen's business, not the data folder's) — else a size that shows every screen, within the screen. Set before
 * the window shows: a window shown without a size opened at 200×200 under a window manager.
 */
public final class WindowPlacement {
    /** The size every screen is laid out for; smaller screens (a 1366×768 laptop) get what they have. */
    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 800;
    /** Smaller than this is not a remembered size worth restoring (a window left half off-screen, say). */
    static final double MIN_WIDTH = 800;
    static final double MIN_HEIGHT = 560;
    /** Null when nothing is remembered (a measuring run, tests): the preferred size each time. */
    private final Preferences store;
    /** The last bounds while neither maximized nor minimized: what un-maximizing returns to next time. */
    private Rectangle2D normal;

    public WindowPlacement(Preferences store) {
        this.store = store;
    }

    /** The application's own store (none under a measuring run: {@link cn.warmledger.ui.common.UserPreferences}). */
    public static WindowPlacement forUser() {
        return new WindowPlacement(cn.warmledger.ui.common.UserPreferences.node("window"));
    }

    /** Sizes and places the stage before it shows, then keeps track of its bounds to {@link #remember} them. */
    public void place(Stage stage) {
        Rectangle2D bounds = remembered().orElseGet(WindowPlacement::preferred);
        boolean maximized = store != null && store.getBoolean("maximized", false);
        stage.setMinWidth(Math.min(MIN_WIDTH, bounds.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, bounds.getHeight()));
        apply(stage, bounds, maximized);
        // once more when shown: under openbox (GTK) the size set before show() is dropped for 200×200
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> apply(stage, bounds, maximized));
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && stage.getWidth() > 0 && stage.getHeight() > 0) {
                normal = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
            }
        };
        stage.xProperty().addListener((o, a, b) -> track.run());
        stage.yProperty().addListener((o, a, b) -> track.run());
        stage.widthProperty().addListener((o, a, b) -> track.run());
        stage.heightProperty().addListener((o, a, b) -> track.run());
    }

    private void apply(Stage stage, Rectangle2D bounds, boolean maximized) {
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
        normal = bounds;
        stage.setMaximized(maximized);
    }

    /** Stores the window's place for the next start (called when the application stops). */
    public void remember(Stage stage) {
        if (normal == null || store == null) {
            return;
        }
        store.putDouble("x", normal.getMinX());
        store.putDouble("y", normal.getMinY());
        store.putDouble("width", normal.getWidth());
        store.putDouble("height", normal.getHeight());
        store.putBoolean("maximized", stage.isMaximized());
        try {
            store.flush();
        } catch (BackingStoreException e) {
            // not remembered: the next start opens at the preferred size, nothing else is lost
        }
    }

    /** The remembered bounds, when they are whole and still on one of the screens attached now. */
    java.util.Optional<Rectangle2D> remembered() {
        if (store == null) {
            return java.util.Optional.empty();
        }
        double w = store.getDouble("width", 0);
        double h = store.getDouble("height", 0);
        if (w < MIN_WIDTH || h < MIN_HEIGHT) {
            return java.util.Optional.empty();
        }
        Rectangle2D r = new Rectangle2D(store.getDouble("x", 0), store.getDouble("y", 0), w, h);
        return Screen.getScreensForRectangle(r).stream().findFirst().map(s -> within(r, s.getVisualBounds()));
    }

    /** The preferred size, centred, within the primary screen. */
    static Rectangle2D preferred() {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double w = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double h = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - w) / 2,
                screen.getMinY() + (screen.getHeight() - h) / 2, w, h);
    }

    /** {@code r} moved and shrunk as little as needed to lie inside {@code area}. */
    static Rectangle2D within(Rectangle2D r, Rectangle2D area) {
        double w = Math.min(r.getWidth(), area.getWidth());
        double h = Math.min(r.getHeight(), area.getHeight());
        double x = Math.max(area.getMinX(), Math.min(r.getMinX(), area.getMaxX() - w));
        double y = Math.max(area.getMinY(), Math.min(r.getMinY(), area.getMaxY() - h));
        return new Rectangle2D(x, y, w, h);
    }
}
