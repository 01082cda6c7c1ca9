package cn.warmledger.ui.common;

import java.time.Duration;
import java.util.function.Consumer;

import cn.warmledger.domain.Progress;

/**
 * The one way view models run work off the FX thread. The window uses {@link BackgroundTasks}; view-model
 * tests use {@link #direct()}, which runs everything at once on the calling thread.
 */
public interface TaskRunner {

    /** Work that may report progress and notice a cancel. */
    interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** Handle of a running piece of work, for a progress bar and a cancel button. */
    interface Running {
        void cancel();

        javafx.beans.property.ReadOnlyDoubleProperty progress();

        javafx.beans.property.ReadOnlyStringProperty message();

        javafx.beans.property.ReadOnlyBooleanProperty running();
    }

    <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError);

    /**
     * {@code work} once {@code delay} has passed, unless {@link Running#cancel()} came first: typing waits for a
     * pause, and a newer search cancels the one still waiting. No worker thread is held while it waits. Runners
     * without a clock (view-model tests) run it at once.
     */
    default <T> Running submitAfter(String name, Duration delay, Work<T> work, Consumer<T> onSuccess,
                                    Consumer<Throwable> onError) {
        return submit(name, work, onSuccess, onError);
    }

    /**
     * A save that failed with {@code error}: when that was because the office's server could not be reached and this
     * runner watches the server ({@link ServerAwareTasks}), {@code again} — which saves the form as it is then — runs
     * once on the FX thread when the server answers again, replacing one still waiting for the same {@code form};
     * true then, and the form shows {@code server.saveWaiting} (docs/decisions/18-6). Other runners and other
     * failures: false, the form shows the failure as before.
     */
    default boolean saveWhenServerBack(Throwable error, Object form, Runnable again) {
        return false;
    }

    /** Forgets the save waiting for the server for {@code form} (it was closed unsaved). */
    default void dropWaitingSave(Object form) {
    }

    static TaskRunner direct() {
        return new DirectTaskRunner();
    }
}
