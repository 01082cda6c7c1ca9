package cn.warmledger.service.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.transport.Transport;
import cn.warmledger.transport.TransportException;
import cn.warmledger.service.common.ClerkMessages;

/**
 * Sends the outbox by itself: at start (after putting back what a crash left 发送中), every few minutes,
 * and at once when a target that could not be reached answers again. A failure that retrying can fix
 * waits 1, 2, 4 … minutes (at most an hour); one that needs new settings waits until they change.
 * The window starts it on a named daemon thread; the command line calls {@link #runOnce()} itself. It only decides
 * when and talks to the transport: every change of a submission's state is {@link OutboxService}'s.
 */
public final class OutboxWorker implements AutoCloseable {
    public static final Duration INTERVAL = Duration.ofMinutes(5);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofHours(1);
    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final OutboxService outbox;
    private final Transports transports;
    private final Clock clock;
    private final Duration interval;
    private final Object passLock = new Object();
    private ScheduledExecutorService executor;
    private boolean targetWasReachable = true;

    public OutboxWorker(OutboxService outbox, Transports transports, Clock clock, Duration interval) {
        this.outbox = outbox;
        this.transports = transports;
        this.clock = clock;
        this.interval = interval;
    }

    /** Starts sending by itself: puts back interrupted sends, then drains now and every interval. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "warmledger-outbox");
            t.setDaemon(true);
            return t;
        });
        executor.execute(this::recoverInterrupted);
        executor.scheduleWithFixedDelay(this::pass, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Asks for a pass now (after 立即发送 or a change of settings); nothing when not started. */
    public synchronized void wake() {
        if (executor != null) {
            executor.execute(this::pass);
        }
    }

    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops sending by itself; a send under way may finish (bounded by the transports' timeouts). */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("outbox worker did not stop within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public void close() {
        stop();
    }

    /** What a crash left 发送中 goes back to 待发送, to be sent again under the same id. */
    public int recoverInterrupted() {
        int n = outbox.recover();
        if (n > 0) {
            LOG.info("outbox: {} interrupted submission(s) back to PENDING", n);
        }
        return n;
    }

    /**
     * One pass over what is due, in this thread: the outcome of every submission it looked at. Without a 上报方式
     * nothing is tried (each is {@link SendOutcome.Kind#NOT_SET_UP}); after a failure that is the target's answer
     * to all of them (a refused login, throttling) the rest of the pass is held, not tried one by one.
     */
    public List<SendOutcome> runOnce() {
        synchronized (passLock) {
            List<SendOutcome> outcomes = new ArrayList<>();
            LocalDateTime now = LocalDateTime.now(clock);
            Transports.Snapshot settings = outbox.currentSettings();
            String version = settings.version();
            Transport transport;
            try {
                transport = transports.create(settings);
            } catch (TransportException e) {
                // not set up yet: nothing was tried, so nothing counts as an attempt
                for (Submission s : outbox.due(now, version)) {
                    outcomes.add(new SendOutcome(s.id(), s.title(), s.state(), null, e.getMessage(),
                            SendOutcome.Kind.NOT_SET_UP));
                }
                return outcomes;
            }
            wakeIfReachableAgain(transport, now);
            boolean retryLater = false;
            TransportException stop = null;
            String stopId = null;
            for (Submission s : outbox.due(now, version)) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (stop != null) {
                    outcomes.add(hold(s, stop, stopId, version, transport.target()));
                    continue;
                }
                if (!outbox.claim(s, transport.target(), now)) {
                    continue; // taken or changed meanwhile
                }
                Attempt attempt = send(s, transport, version);
                outcomes.add(attempt.outcome());
                retryLater |= attempt.outcome().failed();
                if (attempt.failure() != null && attempt.failure().wholeTarget()) {
                    stop = attempt.failure();
                    stopId = s.id();
                    LOG.info("outbox: the target refused the pass as a whole or could not be reached; the rest waits");
                }
            }
            if (retryLater) {
                // remember whether the target could be reached at all, to notice when it can again
                targetWasReachable = transport.reachable();
            }
            return outcomes;
        }
    }

    /**
     * Not tried: the target just gave the answer it gives every submission (a refused login, no connection). It
     * waits for the same thing, with that reason shown, and is not a failure of its own.
     */
    private SendOutcome hold(Submission s, TransportException stop, String stopId, String version, String target) {
        String reason = cn.warmledger.domain.Messages.get("outbox.held", stop.getMessage());
        Submission failed = outbox.find(stopId).orElse(null);
        LocalDateTime next = failed == null ? null : failed.nextAttemptAt();
        outbox.hold(s, reason, !stop.retryable(), next, version);
        return new SendOutcome(s.id(), s.title(), SubmissionState.PENDING, target, reason, SendOutcome.Kind.HELD);
    }

    /** One attempt's outcome and, when the transport refused it, why. */
    private record Attempt(SendOutcome outcome, TransportException failure) {
    }

    private Attempt send(Submission s, Transport transport, String version) {
        String target = transport.target();
        try {
            transport.send(outbox.parcel(s));
            outbox.sent(s, target, LocalDateTime.now(clock));
            LOG.info("outbox: {} sent", s.id());
            return new Attempt(new SendOutcome(s.id(), s.title(), SubmissionState.SENT, target, null), null);
        } catch (TransportException e) {
            int attempts = s.attempts() + 1;
            LocalDateTime next = e.retryable() ? LocalDateTime.now(clock).plus(backoff(attempts)) : null;
            outbox.failed(s, e.getMessage(), !e.retryable(), next, version);
            LOG.info("outbox: {} failed (attempt {}, {})", s.id(), attempts, e.retryable() ? "retry later" : "needs settings");
            return new Attempt(new SendOutcome(s.id(), s.title(), SubmissionState.FAILED, target, e.getMessage()), e);
        } catch (RuntimeException e) {
            // a fault of ours, not of the target: keep the submission and try again later
            LOG.warn("outbox: {} failed with {}", s.id(), e.getClass().getName());
            String shown = ClerkMessages.of(e);
            outbox.failed(s, shown, false, LocalDateTime.now(clock).plus(backoff(s.attempts() + 1)), version);
            return new Attempt(new SendOutcome(s.id(), s.title(), SubmissionState.FAILED, target, shown), null);
        }
    }

    /** The target answers again after it could not be reached: the waiting ones need not wait longer. */
    private void wakeIfReachableAgain(Transport transport, LocalDateTime now) {
        if (outbox.waitingForRetry(now) == 0) {
            targetWasReachable = true;
            return;
        }
        boolean reachable = transport.reachable();
        if (reachable && !targetWasReachable) {
            outbox.makeDueAt(now);
        }
        targetWasReachable = reachable;
    }

    /** 1, 2, 4, 8 … minutes after the n-th failed attempt, at most an hour. */
    static Duration backoff(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 10));
        Duration d = FIRST_RETRY.multipliedBy(1L << doublings);
        return d.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : d;
    }

    private void pass() {
        try {
            runOnce();
        } catch (RuntimeException e) {
            LOG.warn("outbox pass failed: {}", e.getClass().getName());
        }
    }
}
