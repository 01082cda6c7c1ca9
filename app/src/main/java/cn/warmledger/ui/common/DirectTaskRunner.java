package cn.warmledger.ui.common;

import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

import cn.warmledger.domain.Progress;

/** Runs work at once on the calling thread: deterministic view-model tests without a window. */
final class DirectTaskRunner implements TaskRunner {
    @Override
    public <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty(0);
        SimpleStringProperty message = new SimpleStringProperty("");
        boolean[] cancelled = {false};
        T result;
        try {
            result = work.run(new Progress() {
                @Override
                public void update(long done, long total) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                }

                @Override
                public void message(String text) {
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception e) {
            onError.accept(cn.warmledger.service.common.ClerkMessages.readable(e));
            return handle(progress, message);
        }
        onSuccess.accept(result);
        return handle(progress, message);
    }

    private static Running handle(SimpleDoubleProperty progress, SimpleStringProperty message) {
        return new Running() {
            @Override
            public void cancel() {
                // already finished
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return progress;
            }

            @Override
            public ReadOnlyStringProperty message() {
                return message;
            }

            @Override
            public ReadOnlyBooleanProperty running() {
                return new SimpleBooleanProperty(false);
            }
        };
    }
}
