package cn.warmledger.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;

/**
 * Backup files: a zip holding {@code warmledger.mv.db} exactly as it is on disk (so as encrypted as the
 * database). A backup is checked before a restore: unpacked into a work folder, opened (and migrated to
 * this version's schema), every table counted and every row read.
 */
public final class BackupFiles {
    private BackupFiles() {
    }

    /** A backup that opened, counted and read cleanly; {@code databaseFile} is the checked copy to restore. */
    public record Verified(Path databaseFile, Map<String, Integer> counts, String schemaVersion, boolean encrypted) {
    }

    public static Verified verify(Path zip, DatabasePassword password, Path workDir) {
        DatabaseFiles.deleteTree(workDir);
        Path db = workDir.resolve(Database.FILE_NAME + DatabaseFiles.MV_SUFFIX);
        try {
            Files.createDirectories(workDir);
            extract(zip, db);
        } catch (ZipException e) {
            throw new DatabaseException("backup.corrupted", e, zip.getFileName().toString());
        } catch (IOException e) {
            throw new DatabaseException("backup.unreadable", e, zip.getFileName().toString());
        }
        Database opened;
        try {
            opened = Database.open(workDir, password);
        } catch (WrongPasswordException e) {
            throw new WrongPasswordException(cn.warmledger.domain.Messages.get("backup.wrongPassword"));
        } catch (RuntimeException e) {
            throw new DatabaseException("backup.corrupted", e, zip.getFileName().toString());
        }
        try {
            if (opened.createdNow()) {
                // H2 opens a file whose every chunk is unreadable as an empty store: that is no backup
                throw new DatabaseException("backup.corrupted", null, zip.getFileName().toString());
            }
            Map<String, Integer> counts = new TableCounts(opened).all();
            opened.integrityScan();
            return new Verified(db, counts, opened.schemaVersion(), opened.encrypted());
        } catch (RuntimeException e) {
            throw new DatabaseException("backup.corrupted", e, zip.getFileName().toString());
        } finally {
            opened.close();
        }
    }

    private static void extract(Path zip, Path target) throws IOException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                String name = e.getName().replace('\\', '/');
                if (!e.isDirectory() && name.endsWith(DatabaseFiles.MV_SUFFIX) && !name.contains("/")) {
                    if (found) {
                        throw new ZipException("two database files");
                    }
                    Files.copy(in, target);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new ZipException("no database file");
        }
    }

    /** Zips a closed database file (the pre-restore copy), fsynced. */
    static void zip(Path mvFile, Path zip) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             InputStream in = Files.newInputStream(mvFile)) {
            z.putNextEntry(new ZipEntry(mvFile.getFileName().toString()));
            in.transferTo(z);
            z.closeEntry();
        }
        DatabaseFiles.force(zip);
    }

    /** Removes a work folder left by {@link #verify}. */
    public static void discard(Path workDir) {
        DatabaseFiles.deleteTree(workDir);
    }
}
