package cn.warmledger.ui.shell;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;

import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Texts;

/**
 * How a screen looks while the server is lost (docs/decisions/18-6): a banner above it, and each of its empty lists
 * saying 服务器连接中断 — an empty list would look like no data. The lists' own placeholders come back after.
 */
final class ServerLostState {
    private static final String KEPT = "warmledger.placeholderBeforeServerLost";

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
            if (n instanceof TableView<?> table && table.getItems().isEmpty()) {
                table.getProperties().putIfAbsent(KEPT, table.getPlaceholder());
                table.setPlaceholder(placeholder());
            }
        }
        for (Node n : screen.lookupAll(".list-view")) {
            if (n instanceof ListView<?> list && list.getItems().isEmpty()) {
                list.getProperties().putIfAbsent(KEPT, list.getPlaceholder());
                list.setPlaceholder(placeholder());
            }
        }
    }

    static void unmarkLists(Node screen) {
        if (screen == null) {
            return;
        }
        for (Node n : screen.lookupAll(".table-view")) {
            if (n instanceof TableView<?> table && table.getProperties().containsKey(KEPT)) {
                table.setPlaceholder((Node) table.getProperties().remove(KEPT));
            }
        }
        for (Node n : screen.lookupAll(".list-view")) {
            if (n instanceof ListView<?> list && list.getProperties().containsKey(KEPT)) {
                list.setPlaceholder((Node) list.getProperties().remove(KEPT));
            }
        }
    }

    private static Label placeholder() {
        Label l = new Label(Texts.get("server.lost.placeholder"));
        l.getStyleClass().add("server-lost");
        l.setWrapText(true);
        return l;
    }
}
