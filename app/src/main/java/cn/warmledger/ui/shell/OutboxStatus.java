package cn.warmledger.ui.shell;

import javafx.scene.control.Label;

import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The status bar's 待上报 N: counted again off the FX thread whenever the outbox changes. */
final class OutboxStatus {
    private OutboxStatus() {
    }

    static Label label(OutboxService outbox, TaskRunner tasks) {
        Label label = Dialogs.id(new Label(), "pendingCount");
        Runnable refresh = () -> tasks.submit("outbox-count", p -> outbox.outstanding(),
                n -> label.setText(Texts.get("status.outstanding", n)), e -> { });
        outbox.addListener(refresh);
        refresh.run();
        return label;
    }
}
