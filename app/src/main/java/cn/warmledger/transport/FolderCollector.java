package cn.warmledger.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReceivedSource;

/**
 * Collects submissions from a local folder (U盘, mapped drive): the per-单位 folders {@link FolderTransport}
 * writes, and loose files copied by hand (a manifest beside its files, up to two folders deep). Files are read
 * where they are; nothing in the folder is changed. Temporary names (.uploading) are never taken: only the names
 * a manifest lists.
 */
public final class FolderCollector implements Collector {
    private static final int DEPTH = 3;
    private final Path root;

    public FolderCollector(Path root) {
        this.root = root;
    }

    @Override
    public String origin() {
        return Messages.get("sync.target.folder", root);
    }

    @Override
    public void check() throws TransportException {
        if (!Files.isDirectory(root)) {
            throw TransportException.fixSettings(null, "collect.error.folderMissing", root);
        }
    }

    @Override
    public void collect(Path staging, ParcelSink sink) throws TransportException {
        check();
        List<Path> manifests;
        Path realRoot;
        try (Stream<Path> walk = Files.walk(root, DEPTH)) {
            realRoot = root.toRealPath();
            // Files.walk does not follow linked folders; a linked file is not taken either (it may point anywhere)
            manifests = walk.filter(p -> ManifestProbe.isManifestName(p.getFileName().toString()))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            throw TransportException.retry(e, "sync.error.io", Causes.ioReason(e));
        }
        for (Path manifest : manifests) {
            if (sink.cancelled()) {
                return;
            }
            String shown = root.relativize(manifest).toString();
            String json;
            try {
                ParcelLimits.checkAnnounced(shown, Files.size(manifest), ParcelLimits.MAX_MANIFEST);
                json = Files.readString(manifest, StandardCharsets.UTF_8);
            } catch (IOException e) {
                sink.skipped(shown, Causes.ioReason(e));
                continue;
            }
            ManifestProbe probe = ManifestProbe.parse(json).orElse(null);
            if (probe == null) {
                sink.foreign(root.relativize(manifest).toString());
                continue;
            }
            if (probe.validId() && sink.alreadyHave(probe.submissionId())) {
                continue;
            }
            Path dir = manifest.getParent();
            List<Path> files = probe.fileNames().stream().map(dir::resolve).filter(p -> inside(p, realRoot)).toList();
            Path tooLarge = files.stream().filter(FolderCollector::tooLarge).findFirst().orElse(null);
            if (tooLarge != null) {
                sink.skipped(shown, Messages.get("collect.skipped.tooLarge", root.relativize(tooLarge),
                        String.valueOf(ParcelLimits.MAX_FILE / (1024 * 1024))));
                continue;
            }
            String sender = dir.equals(root) ? null : root.relativize(dir).toString();
            sink.receive(new IncomingParcel(probe.submissionId(), json, files, sender, ReceivedSource.FOLDER,
                    manifest.toString()));
        }
    }

    /** A plain file, not a link, whose real place is inside the collected folder. */
    private static boolean inside(Path file, Path realRoot) {
        try {
            return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && file.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean tooLarge(Path file) {
        try {
            return Files.size(file) > ParcelLimits.MAX_FILE;
        } catch (IOException e) {
            return false;
        }
    }
}
