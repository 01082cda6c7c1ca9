package cn.warmledger.transport;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;

/**
 * Copies a submission into a folder (U盘, mapped drive): a folder per 单位 inside it, each file copied
 * under a temporary name, its size checked, then renamed into place in one step, so whoever reads the
 * folder never sees half a file. A complete copy already there (same SHA-256) counts as sent.
 */
public final class FolderTransport implements Transport {
    static final String TEMP_SUFFIX = ".uploading";
    private final Path root;

    public FolderTransport(Path root) {
        this.root = root;
    }

    @Override
    public String target() {
        return Messages.get("sync.target.folder", root);
    }

    @Override
    public void send(Parcel parcel) throws TransportException {
        requireRoot();
        Path folder = root.resolve(parcel.unitFolder());
        try {
            Files.createDirectories(folder);
            for (Attachment a : parcel.attachments()) {
                copy(folder, a);
            }
        } catch (AccessDeniedException e) {
            throw TransportException.fixSettings(e, "sync.error.folderDenied", root).forWholeTarget();
        } catch (IOException e) {
            if (!Files.isDirectory(root)) {
                throw TransportException.retry(e, "sync.error.folderMissing", root).forWholeTarget();
            }
            throw TransportException.retry(e, "sync.error.io", reason(e));
        }
    }

    @Override
    public void testConnection() throws TransportException {
        requireRoot();
        try {
            Path probe = Files.createTempFile(root, "warmledger-", ".probe");
            Files.delete(probe);
        } catch (IOException e) {
            throw TransportException.fixSettings(e, "sync.error.folderDenied", root).forWholeTarget();
        }
    }

    @Override
    public boolean reachable() {
        return Files.isDirectory(root);
    }

    private void requireRoot() throws TransportException {
        if (!Files.isDirectory(root)) {
            throw TransportException.retry(null, "sync.error.folderMissing", root).forWholeTarget();
        }
    }

    private static void copy(Path folder, Attachment a) throws IOException, TransportException {
        Path target = folder.resolve(a.name());
        if (Files.isRegularFile(target) && Files.size(target) == a.size() && Hashes.sha256(target).equals(a.sha256())) {
            return;
        }
        Path temp = folder.resolve(a.name() + TEMP_SUFFIX);
        Files.copy(a.path(), temp, StandardCopyOption.REPLACE_EXISTING);
        if (Files.size(temp) != a.size()) {
            Files.deleteIfExists(temp);
            throw TransportException.retry(null, "sync.error.sizeMismatch", a.name());
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(IOException e) {
        return Causes.ioReason(e);
    }
}
