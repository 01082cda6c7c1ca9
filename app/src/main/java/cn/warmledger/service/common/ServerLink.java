package cn.warmledger.service.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.DatabaseErrors;

/**
 * Whether this PC reaches the office's database server (issue 18 point 4; docs/decisions/18-6). Any database call that
 * fails for a lost connection turns it {@linkplain State#lost lost}; while lost, a light check (one {@code SELECT 1})
 * runs off the window's thread with back-off — 2 s, 4 s, 8 s … at most 60 s — until the server answers, and the link
 * is connected again. Listeners hear every change (on the thread that noticed it: the window hands it to its own).
 * On an H2 file the link never goes down.
 */
public final class ServerLink implements AutoCloseable {
    static final Duration FIRST_RETRY = Duration.ofSeconds(2);
    static final Duration LONGEST_RETRY = Duration.ofSeconds(60);

    /** Connected, or lost with the time of the next check. */
    public record State(boolean connected, Instant nextTry) {
        static final State CONNECTED = new State(true, null);

        public boolean lost() {
            return !connected;
        }
    }

    private final BooleanSupplier check;
    private final Clock clock;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    /**
     * One check at a time: a check that began while the server was down (and waits up to 5 s) must not end after a
     * newer one that found it back, and turn the link lost again.
     */
    private final Object checking = new Object();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> nextCheck;
    private State state = State.CONNECTED;
    private int failedChecks;
    private boolean closed;

    ServerLink(BooleanSupplier check, Clock clock) {
        this.check = check;
        this.clock = clock;
    }

    /** The link of {@code database}: told by it of every lost connection, checked with {@link Database#answers()}. */
    public static ServerLink of(Database database, Clock clock) {
        ServerLink link = new ServerLink(database::answers, clock);
        database.onConnectionLost(link::lost);
        return link;
    }

    /** True when {@code error} failed because the server could not be reached (not a refusal of the server's). */
    public static boolean isConnectionLost(Throwable error) {
        return error != null && DatabaseErrors.isConnectionLost(error);
    }

    public synchronized State state() {
        return state;
    }

    /** Hears each change of the state from now on. */
    public void addListener(Consumer<State> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<State> listener) {
        listeners.remove(listener);
    }

    /** Tells the link of a failure: a lost connection turns it lost (other failures change nothing). */
    public void failed(Throwable error) {
        if (isConnectionLost(error)) {
            lost();
        }
    }

    /** The server did not answer: lost from now, the first check in 2 s (nothing changes when already lost). */
    public void lost() {
        State changed;
        synchronized (this) {
            if (closed || state.lost()) {
                return;
            }
            failedChecks = 0;
            changed = scheduleCheck();
        }
        tell(changed);
    }

    /** Checks at once (the clerk's 立即重试, a test) on the calling thread, not on the window's; the new state. */
    public State checkNow() {
        synchronized (checking) {
            return checkOnce();
        }
    }

    private State checkOnce() {
        boolean answers = check.getAsBoolean();
        State changed;
        synchronized (this) {
            if (closed) {
                return state;
            }
            if (answers) {
                if (nextCheck != null) {
                    nextCheck.cancel(false);
                }
                failedChecks = 0;
                changed = state.connected() ? null : State.CONNECTED;
                state = State.CONNECTED;
            } else {
                failedChecks++;
                changed = scheduleCheck();
            }
        }
        tell(changed);
        return state();
    }

    /** The wait before the next check: 2 s doubled with each failed one, at most 60 s. */
    static Duration backOff(int failedChecks) {
        long seconds = FIRST_RETRY.toSeconds() << Math.min(failedChecks, 10);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_RETRY.toSeconds()));
    }

    private State scheduleCheck() {
        Duration wait = backOff(failedChecks);
        if (timer == null) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "warmledger-server-check");
                t.setDaemon(true);
                return t;
            });
        }
        if (nextCheck != null) {
            nextCheck.cancel(false);
        }
        nextCheck = timer.schedule(this::checkNow, wait.toMillis(), TimeUnit.MILLISECONDS);
        state = new State(false, clock.instant().plus(wait));
        return state;
    }

    private void tell(State changed) {
        if (changed != null) {
            listeners.forEach(l -> l.accept(changed));
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
