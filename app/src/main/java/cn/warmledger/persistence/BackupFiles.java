package cn.warmledger.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
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
    /**
     * A backup that opened, counted and read cleanly; {@code databaseFile} is the checked copy to restore, and
     * {@code fileKey} the H2 file password it opened with (null: unencrypted; never shown or logged).
     */
    public record Verified(Path databaseFile, Map<String, Integer> counts, String schemaVersion, boolean encrypted,
                           char[] fileKey) {
    }

    public static Verified verify(Path zip, DatabasePassword password, Path workDir) {
        DatabaseFiles.deleteTree(workDir);
        Path db = workDir.resolve(Database.FILE_NAME + DatabaseFiles.MV_SUFFIX);
        boolean sealed;
        try {
            Files.createDirectories(workDir);
            sealed = extract(zip, db);
        } catch (ZipException e) {
            throw new DatabaseException("backup.corrupted", e, zip.getFileName().toString());
        } catch (IOException e) {
            throw new DatabaseException("backup.unreadable", e, zip.getFileName().toString());
        }
        Database opened;
        try {
            opened = Database.open(workDir, password);
        } catch (WrongPasswordException e) {
            // H2 cannot tell a wrong password from a damaged header or salt; the seal can (docs/decisions/19-1)
            throw new WrongPasswordException(cn.warmledger.domain.Messages.get(
                    sealed ? "backup.wrongPassword" : "backup.wrongPasswordOrDamaged"));
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
            return new Verified(db, counts, opened.schemaVersion(), opened.encrypted(), opened.fileKey());
        } catch (RuntimeException e) {
            throw new DatabaseException("backup.corrupted", e, zip.getFileName().toString());
        } finally {
            opened.close();
        }
    }

    /**
     * Unpacks the one database file of the backup into {@code target}, guarding against a zip bomb
     * (docs/decisions/19-1): the sizes the zip declares are checked before anything is written, and the
     * bytes actually inflated are counted while writing, so a lying header is stopped at the first limit.
     * Limits: {@value #MAX_ENTRIES} entries, {@link #MAX_DATABASE_BYTES} in all, a compression ratio of
     * {@value #MAX_RATIO} once past {@link #RATIO_CHECKED_FROM} (real H2 files compress far less), and the
     * free space of the disk.
     */
    private static boolean extract(Path zip, Path target) throws IOException {
        String name = zip.getFileName().toString();
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            if (file.size() > MAX_ENTRIES) {
                throw new ZipException("too many entries");
            }
            ZipEntry db = null;
            for (java.util.Enumeration<? extends ZipEntry> all = file.entries(); all.hasMoreElements(); ) {
                ZipEntry e = all.nextElement();
                String entryName = e.getName().replace('\\', '/');
                if (!e.isDirectory() && entryName.endsWith(DatabaseFiles.MV_SUFFIX) && !entryName.contains("/")) {
                    if (db != null) {
                        throw new ZipException("two database files");
                    }
                    db = e;
                }
            }
            if (db == null) {
                throw new ZipException("no database file");
            }
            // the central directory's compressed size can lie (JDK 17 accepts it): the zip's size on disk cannot
            long onDisk = Files.size(zip);
            long declaredCompressed = db.getCompressedSize();
            long compressed = Math.max(1, declaredCompressed < 0 ? onDisk : Math.min(declaredCompressed, onDisk));
            long declared = db.getSize();
            checkSize(name, declared, compressed, target);
            long written = 0;
            long free = usableSpace(target);
            byte[] buffer = new byte[64 * 1024];
            MessageDigest sha = sha256();
            try (InputStream in = file.getInputStream(db); OutputStream out = Files.newOutputStream(target)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    written += n;
                    if (declared >= 0 && written > declared) {
                        throw new DatabaseException("backup.sizeLies", null, name, megabytes(declared));
                    }
                    checkSize(name, written, compressed, null);
                    if (written > free - SPACE_MARGIN) {
                        throw new DatabaseException("backup.noSpace", null, name, megabytes(written));
                    }
                    out.write(buffer, 0, n);
                    sha.update(buffer, 0, n);
                }
            }
            byte[] kdfBytes = null;
            ZipEntry kdf = file.getEntry(FileKeys.FILE);
            if (kdf != null) {
                try (InputStream in = file.getInputStream(kdf)) {
                    // the backup's own salt: its file is keyed with it (bounded: a salt line is ~100 bytes)
                    kdfBytes = in.readNBytes(1024);
                }
            }
            ZipEntry seal = file.getEntry(SEAL_ENTRY);
            boolean sealed = seal != null;
            if (sealed) {
                String[] expected;
                try (InputStream in = file.getInputStream(seal)) {
                    expected = new String(in.readNBytes(256), StandardCharsets.US_ASCII).strip().split("\\s+");
                }
                boolean dbMatches = hex(sha.digest()).equals(expected[0]);
                // the salt's line (seals made before it was sealed have none); checked before the salt is written
                boolean kdfMatches = expected.length < 2
                        || kdfBytes != null && hex(sha256().digest(kdfBytes)).equals(expected[1]);
                if (!dbMatches || !kdfMatches) {
                    throw new DatabaseException("backup.tampered", null, name);
                }
            }
            if (kdfBytes != null) {
                Files.write(target.resolveSibling(FileKeys.FILE), kdfBytes);
            }
            return sealed;
        }
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }

    /** The seal's text: the database file's SHA-256, then (when there is one) the salt file's. */
    private static byte[] sealText(byte[] databaseDigest, String kdfText) {
        String text = hex(databaseDigest)
                + (kdfText == null ? "" : " " + hex(sha256().digest(kdfText.getBytes(StandardCharsets.US_ASCII))));
        return text.getBytes(StandardCharsets.US_ASCII);
    }


    /**
     * The backup's seal: the SHA-256 of its database file and of its salt file ({@value FileKeys#FILE}), written
     * beside them when the backup is made and compared before the file is opened or the salt written. H2 reports a damaged salt or header of an encrypted file exactly
     * like a wrong password; with the seal a damaged or altered backup is called so (docs/decisions/19-1).
     * Backups made before the seal existed have none and still restore.
     */
    static final String SEAL_ENTRY = Database.FILE_NAME + DatabaseFiles.MV_SUFFIX + ".sha256";

    /** Copies H2's backup zip {@code raw} to {@code sealed}, adding the seal of its database file; fsynced. */
    static void seal(Path raw, Path sealed, String kdfText) throws IOException {
        MessageDigest sha = sha256();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(raw));
             OutputStream out = Files.newOutputStream(sealed); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                z.putNextEntry(new ZipEntry(e.getName()));
                byte[] buffer = new byte[64 * 1024];
                boolean database = e.getName().endsWith(DatabaseFiles.MV_SUFFIX);
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    z.write(buffer, 0, n);
                    if (database) {
                        sha.update(buffer, 0, n);
                    }
                }
                z.closeEntry();
            }
            z.putNextEntry(new ZipEntry(SEAL_ENTRY));
            z.write(sealText(sha.digest(), kdfText));
            z.closeEntry();
            putKdf(z, kdfText);
        }
        DatabaseFiles.force(sealed);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static final int MAX_ENTRIES = 16;
    /** Far above a township's register (tens of MB; bench's 100,000 visits stay well under 1 GB). */
    static final long MAX_DATABASE_BYTES = 1L << 30;
    static final long RATIO_CHECKED_FROM = 64L << 20;
    static final long MAX_RATIO = 100;
    private static final long SPACE_MARGIN = 256L << 20;

    /** {@code spaceFor} non-null: also checks the disk has room for {@code size} bytes. */
    private static void checkSize(String name, long size, long compressed, Path spaceFor) throws IOException {
        if (size > MAX_DATABASE_BYTES) {
            throw new DatabaseException("backup.tooBig", null, name, megabytes(MAX_DATABASE_BYTES));
        }
        if (size > RATIO_CHECKED_FROM && size / compressed > MAX_RATIO) {
            throw new DatabaseException("backup.bomb", null, name, megabytes(compressed), megabytes(size));
        }
        if (spaceFor != null && size > usableSpace(spaceFor) - SPACE_MARGIN) {
            throw new DatabaseException("backup.noSpace", null, name, megabytes(size));
        }
    }

    private static long usableSpace(Path target) throws IOException {
        return Files.getFileStore(target.getParent()).getUsableSpace();
    }

    private static String megabytes(long bytes) {
        return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1L << 20), 1,
                java.math.RoundingMode.HALF_UP).toPlainString() + " MB";
    }

    /** Zips a closed database file (the pre-restore copy), fsynced. */
    /** The salt file beside the database file in a backup: a backup's file cannot be opened without it. */
    private static void putKdf(ZipOutputStream z, String kdfText) throws IOException {
        if (kdfText != null) {
            z.putNextEntry(new ZipEntry(FileKeys.FILE));
            z.write(kdfText.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
    }

    static void zip(Path mvFile, Path zip, String kdfText) throws IOException {
        Files.createDirectories(zip.toAbsolutePath().getParent());
        MessageDigest sha = sha256();
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out);
             InputStream in = new java.security.DigestInputStream(Files.newInputStream(mvFile), sha)) {
            z.putNextEntry(new ZipEntry(mvFile.getFileName().toString()));
            in.transferTo(z);
            z.closeEntry();
            z.putNextEntry(new ZipEntry(SEAL_ENTRY));
            z.write(sealText(sha.digest(), kdfText));
            z.closeEntry();
            putKdf(z, kdfText);
        }
        DatabaseFiles.force(zip);
    }

    /** Removes a work folder left by {@link #verify}. */
    public static void discard(Path workDir) {
        DatabaseFiles.deleteTree(workDir);
    }
}
