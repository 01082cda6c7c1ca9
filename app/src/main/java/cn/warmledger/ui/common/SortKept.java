package cn.warmledger.ui.common;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TableView;

/**
 * A table sorted by a heading stays sorted when its rows are replaced: JavaFX sorts the items once, on the click,
 * and a reload (a filter changed, a row saved) would otherwise bring rows in the list's own order under the arrow.
 * Tables with their own sort policy (the register, sorted by the database) are left to it.
 */
final class SortKept {
    private static final String KEY = SortKept.class.getName();

    private SortKept() {
    }

    static <T> void install(TableView<T> table) {
        if (table.getProperties().containsKey(KEY)) {
            return;
        }
        table.getProperties().put(KEY, Boolean.TRUE);
        boolean[] queued = {false};
        ListChangeListener<T> resort = c -> {
            boolean newRows = false;
            while (c.next()) {
                newRows |= !c.wasPermutated() && c.wasAdded();
            }
            // later, not inside the change: the list is not to be changed while its listeners are told
            if (newRows && !queued[0] && !table.getSortOrder().isEmpty()
                    && (Object) table.getSortPolicy() == TableView.DEFAULT_SORT_POLICY) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    table.sort();
                });
            }
        };
        table.itemsProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.removeListener(resort);
            }
            if (now != null) {
                now.addListener(resort);
            }
        });
        ObservableList<T> items = table.getItems();
        if (items != null) {
            items.addListener(resort);
        }
    }
}
