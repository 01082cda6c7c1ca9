package cn.warmledger.ui.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.concurrent.Task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.warmledger.domain.Progress;

/**
 * Runs work on named daemon threads as JavaFX Tasks; results and errors come back on the FX thread.
 * Failures are logged by type only: their messages may carry personal data.
 */
public final class BackgroundTasks implements TaskRunner, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    private final ExecutorService executor;
    /** Holds delayed work until it is due (one thread that only hands work over, never runs it). */
    private final ScheduledExecutorService clock;

    public BackgroundTasks() {
        AtomicInteger counter = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "warmledger-work-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.clock = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warmledger-work-clock");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Running submit(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = task(name, work, onSuccess, onError);
        start(task);
        return handle(task);
    }

    /**
     * Work asked for after {@link #close()} (a screen's refresh that fires while the window closes)
     * never runs: it is cancelled instead of throwing on the FX thread.
     */
    private void start(Task<?> task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException closed) {
            task.cancel(false);
        }
    }

    /** A task cancelled while it waits never starts: a cancelled FutureTask's run() does nothing. */
    @Override
    public <T> Running submitAfter(String name, Duration delay, Work<T> work, Consumer<T> onSuccess,
                                   Consumer<Throwable> onError) {
        Task<T> task = task(name, work, onSuccess, onError);
        if (delay.isZero() || delay.isNegative()) {
            start(task);
        } else {
            try {
                clock.schedule(() -> {
                    if (!task.isCancelled()) {
                        start(task);
                    }
                }, delay.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                task.cancel(false);
            }
        }
        return handle(task);
    }

    private <T> Task<T> task(String name, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void message(String text) {
                        updateMessage(text);
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelled0();
                    }
                });
            }

            private boolean isCancelled0() {
                return super.isCancelled();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            LOG.warn("background work '{}' failed: {}", name, error == null ? "?" : error.getClass().getName());
            onError.accept(cn.warmledger.service.common.ClerkMessages.readable(error)); // Chinese, never H2's or an English text
        });
        return task;
    }

    private static Running handle(Task<?> task) {
        return new Running() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty message() {
                return task.messageProperty();
            }

            @Override
            public ReadOnlyBooleanProperty running() {
                return task.runningProperty();
            }
        };
    }

    @Override
    public void close() {
        clock.shutdownNow();
        executor.shutdownNow();
    }
}
