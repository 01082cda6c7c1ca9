package cn.warmledger.ui.settings;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;

import cn.warmledger.ui.common.Texts;

/**
 * What a settings form shows while and after 测试连接 runs, the same on the 上报方式 and 收取方式 tabs: 正在测试…, then
 * 连接成功 or the transport's own Chinese reason in the form's error line.
 */
final class ConnectionCheck {
    private final BooleanProperty testing;
    private final StringProperty result;
    private final StringProperty error;

    ConnectionCheck(BooleanProperty testing, StringProperty result, StringProperty error) {
        this.testing = testing;
        this.result = result;
        this.error = error;
    }

    void started() {
        testing.set(true);
        result.set(Texts.get("syncSettings.testing"));
        error.set("");
    }

    /** The test ran: empty when the connection works, else why not. */
    void ended(Optional<String> failure) {
        testing.set(false);
        result.set(failure.isPresent() ? "" : Texts.get("syncSettings.testOk"));
        error.set(failure.orElse(""));
    }

    void failed(Throwable e) {
        testing.set(false);
        result.set("");
        error.set(e.getMessage());
    }
}
