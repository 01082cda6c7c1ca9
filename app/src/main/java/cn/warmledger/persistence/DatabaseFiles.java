package cn.warmledger.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.ChangeFileEncryption;

import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.WrongPasswordException;

/**
 * The database file on disk: is it there, is it encrypted, how a password becomes H2's file key, and
 * the two crash-safe swaps (re-encryption and restore), each prepared in a scratch folder and put in
 * place with one atomic rename.
 */
final class DatabaseFiles {
    static final String MV_SUFFIX = ".mv.db";
    /** FilePathEncrypt writes this at the start of every encrypted file. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);
    private static final String SCRATCH = "swap.tmp";

    private DatabaseFiles() {
    }

    static Path mvFile(Path dataDir) {
        return dataDir.resolve(Database.FILE_NAME + MV_SUFFIX);
    }

    static boolean exists(Path dataDir) {
        return Files.isRegularFile(mvFile(dataDir));
    }

    static boolean isEncrypted(Path dataDir) {
        try (InputStream in = Files.newInputStream(mvFile(dataDir))) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new DatabaseException("database.open", e, dataDir.toString());
        }
    }

    /**
     * A pool on {@code file} (without the .mv.db suffix); encrypted with AES when a file key is given
     * ({@link FileKeys}: the caller keeps and wipes its key, the pool holds its own copy).
     */
    static JdbcConnectionPool pool(Path file, char[] key) {
        return pool(file, key, false);
    }

    /** {@code readOnly}: H2 writes nothing to the file (not even on a failed open, which 2.4 does otherwise). */
    static JdbcConnectionPool pool(Path file, char[] key, boolean readOnly) {
        JdbcDataSource ds = new JdbcDataSource();
        // WRITE_DELAY=0: a commit is written to the file before it returns (H2 otherwise keeps up to
        // half a second of commits in memory, lost when the process is killed; CrashSafetyTest).
        // TRACE_LEVEL_FILE=0: no warmledger.trace.db, whose error lines could quote personal data unencrypted.
        ds.setURL("jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;TRACE_LEVEL_FILE=0"
                + (key == null ? "" : ";CIPHER=AES") + (readOnly ? ";ACCESS_MODE_DATA=r" : ""));
        ds.setUser("sa");
        if (key == null) {
            ds.setPasswordChars(new char[0]);
        } else {
            // "filePassword userPassword": the user password of SA stays empty, the file key protects all
            char[] both = Arrays.copyOf(key, key.length + 1);
            both[key.length] = ' ';
            ds.setPasswordChars(both);
        }
        return JdbcConnectionPool.create(ds);
    }

    /** A pool that opened, the key it opened with (null: unencrypted), and whether that was the 8-1 key. */
    record Opened(JdbcConnectionPool pool, char[] key, boolean legacy) {
    }

    /**
     * Opens the folder's file: unencrypted without a password; else with the key derived with the folder's salt
     * file, falling back to the 8-1 key (a folder from before the salt file, or one whose re-keying a crash
     * interrupted after the salt file was written); without a salt file with the 8-1 key only.
     */
    static Opened openPool(Path dataDir, DatabasePassword password) {
        return openPool(dataDir, password, false);
    }

    /** The same, read-only when {@code readOnly} (a check that must leave a damaged file as it is). */
    static Opened openPool(Path dataDir, DatabasePassword password, boolean readOnly) {
        if (password == null) {
            return tryOpen(dataDir, null, false, readOnly);
        }
        java.util.Optional<FileKeys.Kdf> kdf = FileKeys.read(dataDir);
        if (kdf.isPresent()) {
            try {
                return tryOpen(dataDir, FileKeys.derived(password, kdf.get()), false, readOnly);
            } catch (WrongPasswordException e) {
                if (!exists(dataDir)) {
                    throw e;
                }
            }
        }
        return tryOpen(dataDir, FileKeys.legacy(password), true, readOnly);
    }

    /** A pool on the folder's file with {@code key} whose first connection opened (so the key is proven). */
    private static Opened tryOpen(Path dataDir, char[] key, boolean legacy, boolean readOnly) {
        JdbcConnectionPool p = pool(dataDir.resolve(Database.FILE_NAME), key, readOnly);
        try (Connection c = p.getConnection()) {
            return new Opened(p, key, legacy);
        } catch (SQLException e) {
            p.dispose();
            if (FileDamage.isCorruption(e) && (key == null || FileDamage.keyReadsHeader(mvFile(dataDir), key))) {
                throw damaged();
            }
            throw translate(e, dataDir);
        }
    }

    /**
     * A failure of the work right after a pool opened (Flyway, the first queries): the key is proven by then, so a
     * file H2 cannot read is damaged, never a wrong password.
     */
    static RuntimeException translateOpened(Throwable e, Path dataDir) {
        return FileDamage.isCorruption(e) ? damaged() : translate(e, dataDir);
    }

    static DamagedDatabaseException damaged() {
        // no cause: H2's text (and the SQL) never reaches the clerk; the service names the newest backup
        return new DamagedDatabaseException(Messages.get("database.damaged.noBackup"));
    }

    /** Maps H2's error codes to a clear Chinese message; never passes on H2's own text. */
    static RuntimeException translate(Throwable e, Path dataDir) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WrongPasswordException w) {
                return w;
            }
            if (t instanceof DamagedDatabaseException d) {
                return d;
            }
            if (t instanceof SQLException sql) {
                switch (sql.getErrorCode()) {
                    case 90049, 28000:
                        return new WrongPasswordException(Messages.get("database.wrongPassword"));
                    case 90050:
                        return new DatabaseException("database.passwordFormat", e);
                    case 90030:
                        return new DatabaseException("database.corrupted", e, dataDir.toString());
                    case 90020:
                        return new DatabaseException("database.inUse", e, dataDir.toString());
                    default:
                        break;
                }
            }
        }
        if (e instanceof DatabaseException d) {
            return d;
        }
        return new DatabaseException("database.open", e, dataDir.toString());
    }

    /** A swap interrupted by a crash leaves only its scratch folder; the database file is intact. */
    static void recoverInterruptedSwap(Path dataDir) {
        deleteTree(dataDir.resolve(SCRATCH));
    }

    /** Re-encrypts a copy in the scratch folder, checks it opens with the new key, then renames it over. */
    static void rekey(Path dataDir, char[] oldKey, char[] newKey) {
        Path scratch = freshScratch(dataDir);
        Path copy = scratch.resolve(Database.FILE_NAME + MV_SUFFIX);
        try {
            Files.copy(mvFile(dataDir), copy);
            rekeyCopy(copy, oldKey, newKey, dataDir, "password.changeFailed");
        } catch (IOException e) {
            deleteTree(scratch);
            throw new DatabaseException("password.changeFailed", e);
        } catch (RuntimeException e) {
            deleteTree(scratch);
            throw e;
        }
        putInPlace(copy, dataDir);
        deleteTree(scratch);
    }

    /**
     * Re-encrypts a closed database file that is not (yet) the data folder's (a copy in a scratch or work
     * folder of its own) from key {@code from} (null: unencrypted) to key {@code to}, and checks that it opens
     * with {@code to}. The data folder's own file is never touched, so a crash here changes nothing.
     * {@code failure}: the message key of the caller's work (a password change, a restore) should this fail.
     */
    static void rekeyCopy(Path mvCopy, char[] from, char[] to, Path dataDir, String failure) {
        Path folder = mvCopy.getParent();
        String name = mvCopy.getFileName().toString();
        String base = name.substring(0, name.length() - MV_SUFFIX.length());
        try {
            // ChangeFileEncryption wipes the arrays it is given: hand it copies
            ChangeFileEncryption.execute(folder.toString(), base, "AES", from == null ? null : from.clone(),
                    to.clone(), true);
        } catch (SQLException e) {
            throw new DatabaseException(failure, e);
        }
        checkOpens(folder.resolve(base), to, dataDir);
    }

    /**
     * Keeps the current file as {@code keepCurrentAs} (a zip like every backup, with the folder's salt file),
     * then puts {@code replacement} (already keyed for this folder) in place.
     */
    static void replace(Path dataDir, Path replacement, Path keepCurrentAs, FileKeys.Kdf kdf) {
        swapIn(dataDir, replacement, current -> BackupFiles.zip(current, keepCurrentAs, kdf == null ? null : kdf.text()));
    }

    /**
     * Keeps the damaged file as it is (still encrypted) as {@code keepDamagedAs}, then puts {@code replacement}
     * (already keyed for this folder) in place. The damaged file is linked (or copied) aside before the atomic rename
     * replaces it, so a crash at any moment leaves the folder with a database file: the damaged one or the restored.
     */
    static void replaceDamaged(Path dataDir, Path replacement, Path keepDamagedAs) {
        swapIn(dataDir, replacement, current -> {
            Files.createDirectories(keepDamagedAs.toAbsolutePath().getParent());
            try {
                Files.createLink(keepDamagedAs, current);
            } catch (IOException | UnsupportedOperationException e) {
                // no hard links (FAT-formatted disks) or another volume: a copy keeps it as well
                Files.copy(current, keepDamagedAs);
                force(keepDamagedAs);
            }
            forceFolder(keepDamagedAs.toAbsolutePath().getParent());
        });
    }

    private interface KeepCurrent {
        void keep(Path currentMvFile) throws IOException;
    }

    private static void swapIn(Path dataDir, Path replacement, KeepCurrent keep) {
        Path scratch = freshScratch(dataDir);
        Path copy = scratch.resolve(Database.FILE_NAME + MV_SUFFIX);
        try {
            keep.keep(mvFile(dataDir));
            Files.copy(replacement, copy);
        } catch (IOException e) {
            deleteTree(scratch);
            throw new DatabaseException("restore.failed", e);
        }
        putInPlace(copy, dataDir);
        deleteTree(scratch);
    }

    private static Path freshScratch(Path dataDir) {
        Path scratch = dataDir.resolve(SCRATCH);
        deleteTree(scratch);
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new DatabaseException("database.folder", e, scratch.toString());
        }
        return scratch;
    }

    static void checkOpens(Path file, char[] key, Path dataDir) {
        JdbcConnectionPool p = pool(file, key);
        try (Connection c = p.getConnection()) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            throw translate(e, dataDir);
        } finally {
            p.dispose();
        }
    }

    /** fsync the new file, rename it over the database file atomically, fsync the folder. */
    private static void putInPlace(Path ready, Path dataDir) {
        try {
            force(ready);
            Files.move(ready, mvFile(dataDir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(dataDir);
        } catch (IOException e) {
            throw new DatabaseException("database.swapFailed", e, dataDir.toString());
        }
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new DatabaseException("database.folder", e, dir.toString());
        }
    }
}
