package cn.warmledger.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import cn.warmledger.service.common.ServerLink;

/**
 * The window's {@link TaskRunner} on a shared server (docs/decisions/18-6): runs work through another runner, tells
 * the {@link ServerLink} of every failure (a lost connection turns the status bar red at once), and keeps the saves
 * that failed because the server was gone — the form's own save again, with what the form holds then — to run on the
 * FX thread, in the order they failed, as soon as the server answers.
 */
public final class ServerAwareTasks implements TaskRunner {
    private final TaskRunner inner;
    private final ServerLink link;
    private final Executor fxThread;
    /** Per form the save to run again; touched on the FX thread and by the link's listener, hence synchronized. */
    private final Map<Object, Runnable> waiting = new LinkedHashMap<>();

    /** {@code fxThread}: how work reaches the FX thread ({@code Platform::runLater}; tests: {@code Runnable::run}). */
    public ServerAwareTasks(TaskRunner inner, ServerLink link, Executor fxThread) {
        this.inner = inner;
        this.link = link;
        this.fxThread = fxThread;
        link.addListener(state -> {
            if (state.connected()) {
                fxThread.execute(this::saveWaiting);
            }
        });
    }

    @Override
    public <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        return inner.submit(name, work, onSuccess, told(onError));
    }

    @Override
    public <T> Running submitAfter(String name, Duration delay, Work<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onError) {
        return inner.submitAfter(name, delay, work, onSuccess, told(onError));
    }

    private Consumer<Throwable> told(Consumer<Throwable> onError) {
        return e -> {
            link.failed(e);
            onError.accept(e);
        };
    }

    @Override
    public boolean saveWhenServerBack(Throwable error, Object form, Runnable again) {
        if (!ServerLink.isConnectionLost(error)) {
            return false;
        }
        synchronized (waiting) {
            waiting.remove(form);
            waiting.put(form, again);
        }
        link.lost();
        if (link.state().connected()) {
            fxThread.execute(this::saveWaiting); // it answered again meanwhile
        }
        return true;
    }

    @Override
    public void dropWaitingSave(Object form) {
        synchronized (waiting) {
            waiting.remove(form);
        }
    }

    /** The number of saves waiting for the server (the status bar says so). */
    public int waitingSaves() {
        synchronized (waiting) {
            return waiting.size();
        }
    }

    private void saveWaiting() {
        List<Runnable> due;
        synchronized (waiting) {
            due = new ArrayList<>(waiting.values());
            waiting.clear();
        }
        due.forEach(Runnable::run);
    }
}
