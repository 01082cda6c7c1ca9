package cn.warmledger.service.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.Submission;
import cn.warmledger.domain.SubmissionFile;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.persistence.OutboxRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.transport.Parcel;
import cn.warmledger.transport.TransportException;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.SettingsService;

/**
 * The outbox (上报): turns an export into a submission (files copied into the outbox folder under names
 * that carry the submission id, plus manifest.json), lists submissions, and lets the clerk withdraw
 * (撤回, only before sent) or retry (重试) one. It makes every change of a submission's state, the sending ones
 * too (claim, sent, failed, hold, recover); {@link OutboxWorker} only decides when to send and calls them.
 */
public final class OutboxService {
    /** Longer than any send takes (the transports time out within minutes): a 发送中 this old was abandoned. */
    public static final java.time.Duration STALE_SEND = java.time.Duration.ofHours(2);
    private final OutboxRepository submissions;
    private final SettingsService settings;
    private final Transports transports;
    private final Transactor tx;
    private final AppPaths paths;
    private final Clock clock;
    private final Parcels parcels;
    private final SubmissionMaker maker;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxService.class);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    /** This run's sender id (see {@link SenderId}), and when the run began: what its recovery may put back. */
    private final SenderId sender;
    private final LocalDateTime runStartedAt;

    public OutboxService(OutboxRepository submissions, SettingsService settings, Transports transports,
                         Transactor tx, AppPaths paths, Clock clock) {
        this.submissions = submissions;
        this.settings = settings;
        this.transports = transports;
        this.tx = tx;
        this.paths = paths;
        this.clock = clock;
        this.parcels = new Parcels(paths, settings);
        this.maker = new SubmissionMaker(submissions, settings, tx, paths, clock);
        this.sender = new SenderId(paths);
        this.runStartedAt = LocalDateTime.now(clock);
    }

    /**
     * Makes a submission of exported files: a new id, the files copied into {@code outbox/<id>/} with the
     * id in their names, manifest.json beside them, and a 待发送 row. The caller's files stay where they are.
     */
    public Submission enqueue(SubmissionRequest request) {
        return maker.enqueue(request, this::changed);
    }

    public List<Submission> list() {
        return submissions.all();
    }

    public Optional<Submission> find(String id) {
        return submissions.find(id);
    }

    /** Not yet sent and not withdrawn: 待上报 N. */
    public int outstanding() {
        return submissions.countOutstanding();
    }

    /** 撤回: only a submission that has not been sent (and is not being sent right now). */
    public void withdraw(String id) {
        Submission s = require(id);
        if (!s.state().canWithdraw() || !submissions.withdraw(id, s.state())) {
            throw new InvalidValueException(s.title(), Messages.get("outbox.cannotWithdraw", s.state().label()));
        }
        changed();
    }

    /** 重试: a failed submission waits again, due at once, whatever the earlier verdict was. */
    public void retry(String id) {
        Submission s = require(id);
        if (s.state() != SubmissionState.FAILED || !submissions.requeue(id, s.state())) {
            throw new InvalidValueException(s.title(), Messages.get("outbox.cannotRetry", s.state().label()));
        }
        changed();
    }

    /**
     * 重试 (and {@code outbox send --retry}): every waiting submission is due now, failures that waited for new
     * settings included: the cause may have been fixed where the app cannot see it (on the server). Answers how
     * many were waiting.
     */
    public int retryAll() {
        int n = tx.inTransaction(() -> submissions.requeueAllFailed()
                + submissions.makeDueNow(LocalDateTime.now(clock)));
        changed();
        return n;
    }

    /**
     * Submissions not sent that wait on an earlier failure (for new settings, or for their back-off), with the
     * reason each failed: what {@code outbox send} names when it did not retry them.
     */
    public List<Submission> waitingOnFailure() {
        LocalDateTime now = LocalDateTime.now(clock);
        String version = currentSettings().version();
        // FAILED, or 待发送 held back by the failure that stopped an earlier pass (it carries that reason)
        return submissions.all().stream().filter(s -> (s.state() == SubmissionState.FAILED
                        || s.state() == SubmissionState.PENDING && s.lastError() != null)
                && (s.permanentError() ? version.equals(s.settingsVersion())
                        : s.nextAttemptAt() != null && s.nextAttemptAt().isAfter(now))).toList();
    }

    /** Why nothing can be sent yet (no 上报方式, or an incomplete one), empty once a transport is set up. */
    public Optional<String> setupProblem() {
        try {
            transports.create(currentSettings());
            return Optional.empty();
        } catch (TransportException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of(Messages.get("sync.error.invalidSetup"));
        }
    }

    /** 立即发送: every waiting back-off ends now (failures that need new settings stay where they are). */
    public void makeAllDueNow() {
        submissions.makeDueNow(LocalDateTime.now(clock));
    }

    /** The outbox folder of a submission (打开文件夹). */
    public Path folder(String id) {
        return Optional.ofNullable(require(id).folder()).map(Path::of).orElse(paths.outboxDir().resolve(id));
    }

    /** The transport settings as stored now. */
    public Transports.Snapshot currentSettings() {
        return Transports.snapshot(settings::get);
    }

    /** 测试连接 with the given settings (the form's, not yet saved): empty when it worked, else what to fix. */
    public Optional<String> testConnection(Transports.Snapshot snapshot) {
        try {
            transports.create(snapshot).testConnection();
            return Optional.empty();
        } catch (TransportException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    // --- sending: the worker decides when; every change of state is made here ---

    /**
     * What a crash left 发送中 goes back to 待发送, to be sent again under the same id: this PC's earlier runs' sends,
     * and another PC's only when it has been 发送中 for longer than any send takes ({@link #STALE_SEND}); several PCs
     * on one server never take back what another is sending now. Answers how many.
     */
    public int recover() {
        int n = submissions.recoverInterrupted(sender.pcPrefix(), sender.claimant(), runStartedAt,
                LocalDateTime.now(clock).minus(STALE_SEND));
        if (n > 0) {
            changed();
        }
        return n;
    }

    /** What a pass at {@code now} tries with the transport settings of {@code version}, in the order made. */
    public List<Submission> due(LocalDateTime now, String version) {
        return submissions.due(now, version);
    }

    /** How many wait for their back-off to end after {@code now}. */
    public int waitingForRetry(LocalDateTime now) {
        return submissions.waitingForRetry(now);
    }

    /** Ends every back-off at the pass's own {@code now}, so what it makes due is sent in the same pass. */
    public int makeDueAt(LocalDateTime now) {
        return submissions.makeDueNow(now);
    }

    /** Takes {@code s} for one attempt (发送中, one more attempt counted); false when it was taken or changed meanwhile. */
    public boolean claim(Submission s, String target, LocalDateTime now) {
        boolean claimed = submissions.claim(s.id(), s.state(), s.attempts(), target, now, sender.claimant());
        if (claimed) {
            changed();
        }
        return claimed;
    }

    /** What a transport delivers for a claimed submission: its files, then manifest.json (written again if missing). */
    public Parcel parcel(Submission s) throws TransportException {
        return parcels.of(s);
    }

    /** The target confirmed it: 已发送, and a roster's outbox copy goes. */
    public void sent(Submission s, String target, LocalDateTime at) {
        submissions.markSent(s.id(), target, at);
        discardDelivered(s);
        changed();
    }

    /**
     * The attempt failed: 发送失败 with why; {@code permanent} (new settings needed) with the settings
     * {@code version} it failed under; {@code next} when it is tried again by itself (null: not by itself).
     */
    public void failed(Submission s, String reason, boolean permanent, LocalDateTime next, String version) {
        submissions.markFailed(s.id(), reason, permanent, next, version);
        changed();
    }

    /**
     * Not tried: the target gave the answer it gives every submission. {@code s} stays or goes back to 待发送 and
     * waits for the same as the one that failed (its back-off or new settings), with that reason shown.
     */
    public void hold(Submission s, String reason, boolean permanent, LocalDateTime next, String version) {
        submissions.hold(s.id(), s.state(), reason, permanent, next, version);
        changed();
    }

    /**
     * Tells the listeners (status bar, 上报 screen) that the outbox changed. The change is already stored: one listener
     * that fails is logged (by type only) and neither undoes it for the caller (a 上报 that would look failed and be
     * queued twice) nor keeps the others from hearing of it.
     */
    private void changed() {
        for (Runnable listener : listeners) {
            try {
                listener.run();
            } catch (RuntimeException e) {
                LOG.warn("outbox listener failed: {}", e.getClass().getName());
            }
        }
    }

    /**
     * Once the target confirmed a roster (花名册: names and 身份证号, in full with --full-id), its copy in
     * {@code outbox/<id>/} is deleted: the delivered copy is the county's, and the clerk's own export stays where
     * it was saved. The row keeps each file's name, size and SHA-256, and manifest.json stays (docs/decisions/19-1).
     */
    private void discardDelivered(Submission s) {
        if (!ReportKind.ROSTER.code().equals(s.tableKind())) {
            return;
        }
        for (SubmissionFile f : s.files()) {
            try {
                Files.deleteIfExists(f.path());
            } catch (IOException e) {
                // a file held open elsewhere (Windows) stays; it is the clerk's to delete
            }
        }
    }

    private Submission require(String id) {
        return submissions.find(id).orElseThrow(() -> new InvalidValueException(Messages.get("field.submission"),
                Messages.get("outbox.notFound", id)));
    }
}
