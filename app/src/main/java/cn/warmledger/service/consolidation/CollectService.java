package cn.warmledger.service.consolidation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.common.ClerkMessages;
import cn.warmledger.service.outbox.Transports;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.transport.Collector;
import cn.warmledger.transport.IncomingParcel;
import cn.warmledger.transport.ParcelSink;
import cn.warmledger.transport.TransportException;

/**
 * 收取 of the 下级单位's submissions (from the mailbox or WebDAV folder of the collect.* settings, or once from a
 * folder such as a USB stick) into the {@link ReceivedStore}, and 测试连接 of that source. A parcel that cannot be
 * stored is counted and named and left at the source; the rest goes on.
 */
public final class CollectService {
    private final ReceivedStore store;
    private final SettingsService settings;
    private final CollectSources sources;
    private final AppPaths paths;

    public CollectService(ReceivedStore store, SettingsService settings, Transports transports, AppPaths paths) {
        this.store = store;
        this.settings = settings;
        this.sources = new CollectSources(transports);
        this.paths = paths;
    }

    /**
     * 测试连接 of 收取方式 with the given values (the form's, not yet saved; a value left out falls back to the saved
     * one): empty when the source answers, else what to fix.
     */
    public Optional<String> testSource(Map<String, String> values) {
        try {
            sources.create(key -> {
                String v = values.get(key);
                return v != null && !v.isBlank() ? Optional.of(v.strip()) : settings.get(key);
            }).check();
            return Optional.empty();
        } catch (TransportException e) {
            return Optional.of(e.getMessage());
        } catch (RuntimeException e) {
            return Optional.of(ClerkMessages.of(e));
        }
    }

    /** 收取 from the source of the collect.* settings. A source that fails is reported in the result, not thrown. */
    public CollectResult collect(Progress progress) {
        Collector collector;
        try {
            collector = sources.create(settings::get);
        } catch (TransportException e) {
            return new CollectResult(0, 0, 0, 0, List.of(), e.getMessage(), e.retryable(), false);
        }
        return run(collector, progress);
    }

    /** 从U盘收取: a one-off collect from a folder (the per-单位 folders, or loose files), whatever the settings say. */
    public CollectResult collectFolder(Path folder, Progress progress) {
        return run(sources.folder(folder), progress);
    }

    private CollectResult run(Collector collector, Progress progress) {
        Tally tally = new Tally();
        ParcelSink sink = new ParcelSink() {
            @Override
            public boolean alreadyHave(String submissionId) {
                if (!store.alreadyHave(submissionId)) {
                    return false;
                }
                tally.duplicates++;
                progress.message(Messages.get("collect.progress.duplicate", submissionId));
                return true;
            }

            @Override
            public boolean receive(IncomingParcel parcel) {
                ReceiveOutcome o;
                try {
                    o = store.receive(parcel.manifestJson(), parcel.files(), parcel.source(), parcel.sender(),
                            parcel.origin());
                } catch (RuntimeException e) {
                    // not stored: counted and named, left at the source for the next collect, and the rest goes on
                    String problem = Messages.get("collect.problem.notStored",
                            cn.warmledger.domain.ManifestRules.shown(parcel.submissionId()), parcel.origin(),
                            cn.warmledger.service.common.ClerkMessages.of(e));
                    tally.refused++;
                    tally.problems.add(problem);
                    progress.message(problem);
                    return false;
                }
                String message = switch (o.kind()) {
                    case NEW -> {
                        tally.received++;
                        yield Messages.get("collect.progress.new", o.submissionId(), parcel.origin());
                    }
                    case DUPLICATE -> {
                        tally.duplicates++;
                        yield Messages.get("collect.progress.duplicate", o.submissionId());
                    }
                    case REFUSED -> {
                        tally.refused++;
                        tally.problems.add(o.problem());
                        yield Messages.get("collect.progress.refused", o.problem());
                    }
                };
                progress.message(message);
                return true;
            }

            @Override
            public void skipped(String what, String reason) {
                String problem = Messages.get("collect.problem.skipped", what, reason);
                tally.refused++;
                tally.problems.add(problem);
                progress.message(problem);
            }

            @Override
            public void foreign(String what) {
                tally.foreign++;
                progress.message(Messages.get("collect.progress.foreign", what));
            }

            @Override
            public boolean cancelled() {
                return progress.isCancelled();
            }
        };
        Path staging = null;
        try {
            // a folder of this collect's own: another collect at the same time (a second PC or window sharing the
            // data folder) stages the same parcels under the same names
            Path stagingRoot = Files.createDirectories(paths.receivedDir().resolve(".staging"));
            staging = Files.createTempDirectory(stagingRoot, "run-");
            collector.collect(staging, sink);
        } catch (TransportException e) {
            return tally.result(e.getMessage(), e.retryable(), progress.isCancelled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (staging != null) {
                cn.warmledger.transport.ImapCollector.deleteTree(staging);
            }
        }
        return tally.result(null, false, progress.isCancelled());
    }

    private static final class Tally {
        int received;
        int duplicates;
        int refused;
        int foreign;
        final List<String> problems = new ArrayList<>();

        CollectResult result(String error, boolean retryable, boolean cancelled) {
            return new CollectResult(received, duplicates, refused, foreign, problems, error, retryable, cancelled);
        }
    }
}
