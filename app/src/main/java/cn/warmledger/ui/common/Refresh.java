package cn.warmledger.ui.common;

import java.util.Objects;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;

/**
 * F5: the screen on show reads its data again, so that what other clerks saved on the shared database shows (a
 * screen navigated back to is built anew and reads it anyway). A screen names its reload on its root node; the main
 * window calls it on F5. A table keeps the clerk's place: the row she had selected, found again by its id, and the
 * rows she had scrolled to, as long as they are still there.
 */
public final class Refresh {
    private static final String KEY = Refresh.class.getName();

    private Refresh() {
    }

    /** Names what F5 does on the screen whose root is {@code screen}. */
    public static void on(Node screen, Runnable reload) {
        screen.getProperties().put(KEY, reload);
    }

    /** F5 on {@code screen}: its reload, if it named one; false when it has none. */
    public static boolean run(Node screen) {
        Object reload = screen == null ? null : screen.getProperties().get(KEY);
        if (reload instanceof Runnable r) {
            r.run();
            return true;
        }
        return false;
    }

    /**
     * The reload of a screen with a table of rows identified by {@code id}: the selection and the first row in view
     * are noted before, and put back once the reloaded rows arrive (the reload fills the table off the FX thread).
     */
    public static <T> Runnable keepingPlace(TableView<T> table, Function<T, ?> id, Runnable reload) {
        return () -> {
            T selected = table.getSelectionModel().getSelectedItem();
            Object selectedId = selected == null ? null : id.apply(selected);
            int firstInView = firstInView(table);
            ListChangeListener<T> once = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends T> c) {
                    table.getItems().removeListener(this);
                    // after the change: the table's own selection handling runs within it
                    Platform.runLater(() -> putBack(table, id, selectedId, firstInView));
                }
            };
            table.getItems().addListener(once);
            reload.run();
        };
    }

    private static <T> void putBack(TableView<T> table, Function<T, ?> id, Object selectedId, int firstInView) {
        int rows = table.getItems().size();
        if (firstInView > 0 && rows > 0) {
            table.scrollTo(Math.min(firstInView, rows - 1));
        }
        if (selectedId == null) {
            return;
        }
        for (int i = 0; i < rows; i++) {
            if (Objects.equals(id.apply(table.getItems().get(i)), selectedId)) {
                table.getSelectionModel().clearAndSelect(i);
                return;
            }
        }
    }

    private static int firstInView(TableView<?> table) {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            return first == null ? -1 : first.getIndex();
        }
        return -1;
    }
}
