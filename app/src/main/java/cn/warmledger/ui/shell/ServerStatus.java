package cn.warmledger.ui.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.application.Platform;
import javafx.scene.control.Label;

import cn.warmledger.service.common.ServerLink;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.ServerAwareTasks;
import cn.warmledger.ui.common.Texts;

/**
 * The status bar's word on the office's server (docs/decisions/18-6): 已连接单位服务器, or at once when a database call
 * finds it gone 服务器连接中断，正在重试……（下次 10:32:05） with the saves waiting for it; the screen learns of both.
 */
final class ServerStatus {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ServerStatus() {
    }

    static Label label(ServerLink link, ServerAwareTasks tasks, MainWindow main) {
        Label label = Dialogs.id(new Label(), "serverStatus");
        link.addListener(state -> Platform.runLater(() -> show(label, link.state(), tasks, main)));
        show(label, link.state(), tasks, main);
        return label;
    }

    private static void show(Label label, ServerLink.State state, ServerAwareTasks tasks, MainWindow main) {
        label.getStyleClass().remove("server-lost");
        if (state.connected()) {
            label.setText(Texts.get("server.status.connected"));
        } else {
            String text = Texts.get("server.status.lost",
                    TIME.format(state.nextTry().atZone(ZoneId.systemDefault())));
            int waiting = tasks.waitingSaves();
            label.setText(waiting == 0 ? text : text + "　" + Texts.get("server.status.waiting", waiting));
            label.getStyleClass().add("server-lost");
        }
        main.serverLost(state.lost());
    }
}
