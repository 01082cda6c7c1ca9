package cn.warmledger.ui.shell;

import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/**
 * How a screen looks while the server is lost (docs/decisions/18-6): a banner above it, and each of its empty lists
 * saying 服务器连接中断 — an empty list would look like no data. A list whose failed read then sets its own empty
 * state (暂无…) gets ours back; its own comes back once the server answers.
 */
final class ServerLostState {
    private static final String KEPT = "warmledger.placeholderBeforeServerLost";
    private static final String GUARD = "warmledger.placeholderGuardWhileServerLost";

    private ServerLostState() {
    }

    static Label banner() {
        Label banner = Dialogs.id(new Label(Texts.get("server.lost.banner")), "serverLostBanner");
        banner.getStyleClass().add("server-lost-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        return banner;
    }

    static void markEmptyLists(Node screen) {
        for (Node n : screen.lookupAll(".table-view")) {
            if (n instanceof TableView<?> table) {
                mark(table.placeholderProperty(), table.getItems(), table.getProperties());
            }
        }
        for (Node n : screen.lookupAll(".list-view")) {
            if (n instanceof ListView<?> list) {
                mark(list.placeholderProperty(), list.getItems(), list.getProperties());
            }
        }
    }

    static void unmarkLists(Node screen) {
        if (screen == null) {
            return;
        }
        for (Node n : screen.lookupAll(".table-view")) {
            if (n instanceof TableView<?> table) {
                unmark(table.placeholderProperty(), table.getProperties());
            }
        }
        for (Node n : screen.lookupAll(".list-view")) {
            if (n instanceof ListView<?> list) {
                unmark(list.placeholderProperty(), list.getProperties());
            }
        }
    }

    private static void mark(ObjectProperty<Node> placeholder, ObservableList<?> items,
                             ObservableMap<Object, Object> properties) {
        if (placeholder.isBound() || !items.isEmpty() || properties.containsKey(GUARD)) {
            return;
        }
        Label ours = placeholder();
        properties.put(KEPT, placeholder.get());
        ChangeListener<Node> guard = (o, was, now) -> {
            if (now != ours) {
                properties.put(KEPT, now); // the list's own word, for when the server answers
                Platform.runLater(() -> placeholder.set(ours));
            }
        };
        properties.put(GUARD, guard);
        placeholder.set(ours);
        placeholder.addListener(guard);
    }

    @SuppressWarnings("unchecked")
    private static void unmark(ObjectProperty<Node> placeholder, ObservableMap<Object, Object> properties) {
        Object guard = properties.remove(GUARD);
        if (guard != null) {
            placeholder.removeListener((ChangeListener<Node>) guard);
            placeholder.set((Node) properties.remove(KEPT));
        }
    }

    private static Label placeholder() {
        Label l = new Label(Texts.get("server.lost.placeholder"));
        l.getStyleClass().add("server-lost");
        l.setWrapText(true);
        return l;
    }
}
