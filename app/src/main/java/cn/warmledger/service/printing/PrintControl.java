package cn.warmledger.service.printing;

import java.util.concurrent.atomic.AtomicInteger;

import cn.warmledger.domain.Progress;

/**
 * Progress and cancel of one print. A cancel is honoured only while nothing has reached the system's spooler: once
 * the job is handed over it is the spooler's (and cancelled in the system's print queue), so {@link #cancel()}
 * says which of the two happened and a cancelled print never hands a job over afterwards.
 */
public final class PrintControl {
    private static final int PREPARING = 0;
    private static final int HANDED_OVER = 1;
    private static final int CANCELLED = 2;
    private final AtomicInteger state = new AtomicInteger(PREPARING);
    private volatile Progress progress;

    public PrintControl(Progress progress) {
        this.progress = progress;
    }

    /** From now on pages drawn go to, and a cancel is read from, {@code progress} (the task that runs the print). */
    public void reportTo(Progress progress) {
        this.progress = progress;
    }

    public static PrintControl none() {
        return new PrintControl(Progress.none());
    }

    /** Stops the print if no job reached the spooler yet (true), else false: it is already the printer's. */
    public boolean cancel() {
        state.compareAndSet(PREPARING, CANCELLED);
        return state.get() == CANCELLED;
    }

    public boolean handedOver() {
        return state.get() == HANDED_OVER;
    }

    /** Pages drawn so far; stops here if the print was cancelled. */
    void page(int done, int total) {
        progress.update(done, total);
        checkNotCancelled();
    }

    void checkNotCancelled() {
        if (progress.isCancelled()) {
            cancel();
        }
        if (state.get() == CANCELLED) {
            throw new PrintCancelledException();
        }
    }

    /** The point of no return: from here the job is the spooler's; refused when the print was cancelled first. */
    void handOver() {
        checkNotCancelled();
        if (!state.compareAndSet(PREPARING, HANDED_OVER)) {
            throw new PrintCancelledException();
        }
    }
}
