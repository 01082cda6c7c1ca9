package cn.warmledger.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.jdbcx.JdbcConnectionPool;

import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;

/**
 * What only the H2 file of a data folder has (docs/decisions/8-1, 19-1): its pool, replaced when a password change
 * or a restore swaps the file underneath; its key and password; the backup zip, the integrity scan, the re-key and
 * the restore. {@link Database} holds one for a local folder and none on a server.
 */
final class H2File {
    private final Path dataDir;
    private final Path file;
    private volatile JdbcConnectionPool pool;
    private volatile DatabasePassword password;
    /** H2's file password of the file on disk now (null: unencrypted); {@link FileKeys}. */
    private volatile char[] key;
    /** Opened with the 8-1 key: {@link #strengthenKey} re-keys it with the slow derivation. */
    private volatile boolean legacyKey;

    private H2File(Path dataDir, DatabaseFiles.Opened opened, DatabasePassword password) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(Database.FILE_NAME);
        this.pool = opened.pool();
        this.key = opened.key();
        this.legacyKey = opened.legacy();
        this.password = password;
    }

    /**
     * The file of {@code dataDir} (created when missing) with its pool open, not yet migrated. A new file is
     * encrypted when a password is given; an existing one opens as it is.
     */
    static H2File open(Path dataDir, DatabasePassword password) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new DatabaseException("database.folder", e, dataDir.toString());
        }
        DatabaseFiles.recoverInterruptedSwap(dataDir);
        boolean encrypt = DatabaseFiles.exists(dataDir) ? DatabaseFiles.isEncrypted(dataDir) : password != null;
        if (encrypt && password == null) {
            throw new WrongPasswordException(cn.warmledger.domain.Messages.get("database.passwordRequired"));
        }
        DatabasePassword used = encrypt ? DatabasePassword.of(password.chars()) : null;
        if (encrypt && !DatabaseFiles.exists(dataDir)) {
            FileKeys.ensure(dataDir);
        }
        return new H2File(dataDir, DatabaseFiles.openPool(dataDir, used), used);
    }

    static int migrate(JdbcConnectionPool pool) {
        return Migrations.flyway(pool, Migrations.H2).migrate().migrationsExecuted;
    }

    JdbcConnectionPool pool() {
        return pool;
    }

    Path dataDir() {
        return dataDir;
    }

    Path file() {
        return file;
    }

    boolean legacyKey() {
        return legacyKey;
    }

    boolean encrypted() {
        return password != null;
    }

    boolean isPassword(DatabasePassword candidate) {
        DatabasePassword p = password;
        return p != null && p.matches(candidate);
    }

    /**
     * A folder still on the 8-1 key is re-keyed with the slow derivation ({@link FileKeys}), crash-safely like a
     * password change: the salt file first, then the re-keyed copy renamed over the file. Run at sign-in.
     */
    synchronized void strengthenKey() {
        if (!legacyKey || password == null) {
            return;
        }
        char[] next = FileKeys.derived(password, FileKeys.ensure(dataDir));
        swap(next, password);
        legacyKey = false;
    }

    /**
     * A consistent copy of the open database, taken while it is in use (H2 {@code BACKUP TO}): a zip
     * holding the database file exactly as encrypted as the database itself.
     */
    void backupTo(Path zip) {
        Path raw = zip.resolveSibling(zip.getFileName() + ".raw");
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + raw.toAbsolutePath().toString().replace("'", "''") + "'");
            BackupFiles.seal(raw, zip, encrypted() ? kdfText() : null);
        } catch (SQLException | java.io.IOException e) {
            throw new DatabaseException("backup.failed", e, zip.getFileName().toString());
        } finally {
            try {
                Files.deleteIfExists(raw);
            } catch (java.io.IOException e) {
                // a left-over .raw is only a second copy of the backup beside it
            }
        }
    }

    /** Reads every row of every table (H2 SCRIPT): a damaged page fails here rather than after a restore. */
    long integrityScan() {
        long lines = 0;
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
            while (rs.next()) {
                lines++;
            }
        } catch (SQLException e) {
            throw new DatabaseException("database.corrupted", e, dataDir.toString());
        }
        return lines;
    }

    /**
     * Re-encrypts the file with {@code newPassword} (or encrypts an unencrypted one). The old file stays
     * in place until the re-encrypted copy has been checked, then replaces it in one atomic rename: a
     * crash at any moment leaves a file that opens with the old or with the new password.
     */
    synchronized void changePassword(DatabasePassword newPassword) {
        newPassword.checkStrongEnough();
        swap(FileKeys.derived(newPassword, FileKeys.ensure(dataDir)), DatabasePassword.of(newPassword.chars()));
        legacyKey = false;
    }

    /** Closes, re-keys the file to {@code nextKey} (crash-safe), reopens; on failure reopens as it was. */
    private void swap(char[] nextKey, DatabasePassword nextPassword) {
        DatabasePassword old = password;
        char[] oldKey = key;
        shutdown();
        try {
            DatabaseFiles.rekey(dataDir, oldKey, nextKey);
        } catch (RuntimeException e) {
            reopen(old, oldKey);
            throw e;
        }
        reopen(nextPassword, nextKey);
    }

    /**
     * Checks a backup zip before anything is replaced: unpacked into {@code workDir}, opened with
     * {@code backupPassword} (null: this database's own password), migrated, counted and read.
     */
    BackupFiles.Verified verifyBackup(Path zip, Path workDir, DatabasePassword backupPassword) {
        return BackupFiles.verify(zip, backupPassword != null ? backupPassword : password, workDir);
    }

    /**
     * Replaces the database with a checked backup; the current file is kept as {@code keepCurrentAs} first.
     * A restore never lowers protection (docs/decisions/19-1): when this database is encrypted, the checked
     * copy is re-encrypted with this database's password (an unencrypted backup, or one made with another
     * password) before anything is replaced, so the folder opens with the same password before and after, and
     * a crash at any moment leaves the old or the new file, both under that password. An unencrypted folder
     * takes the backup as it is (an encrypted backup keeps the password it was checked with).
     */
    synchronized void restoreVerified(BackupFiles.Verified verified, DatabasePassword backupPassword,
                                             Path keepCurrentAs) {
        DatabasePassword old = password;
        char[] oldKey = key;
        DatabasePassword next = passwordAfterRestore(old, verified, backupPassword);
        char[] nextKey = keyCheckedCopy(dataDir, verified, next);
        shutdown();
        try {
            DatabaseFiles.replace(dataDir, verified.databaseFile(), keepCurrentAs, FileKeys.read(dataDir).orElse(null));
        } catch (RuntimeException e) {
            reopen(old, oldKey);
            throw e;
        }
        reopen(next, nextKey);
        legacyKey = false;
        migrate(pool);
    }

    /**
     * The password of the folder after a restore: an encrypted folder keeps its own ({@code folderPassword}); an
     * unencrypted one takes an encrypted backup's (the one it was checked with), else stays unencrypted (null).
     */
    static DatabasePassword passwordAfterRestore(DatabasePassword folderPassword, BackupFiles.Verified verified,
                                                 DatabasePassword backupPassword) {
        return folderPassword != null ? DatabasePassword.of(folderPassword.chars())
                : verified.encrypted() ? DatabasePassword.of(backupPassword.chars()) : null;
    }

    /** Re-keys the checked copy to the folder's key for {@code next} (null: unencrypted) when it differs; that key. */
    static char[] keyCheckedCopy(Path dataDir, BackupFiles.Verified verified, DatabasePassword next) {
        char[] nextKey = next == null ? null : FileKeys.derived(next, FileKeys.ensure(dataDir));
        if (!java.util.Arrays.equals(verified.fileKey(), nextKey)) {
            DatabaseFiles.rekeyCopy(verified.databaseFile(), verified.fileKey(), nextKey, dataDir, "restore.failed");
        }
        return nextKey;
    }

    /**
     * Throws {@link DamagedDatabaseException} when the folder's file is damaged and {@code password} is its password
     * (the header opens with it); a wrong password still throws {@link WrongPasswordException}. A file that opens is
     * refused: it is restored from the open database ({@link #restoreVerified}), which keeps it as a backup.
     */
    static DamagedDatabaseException confirmDamaged(Path dataDir, DatabasePassword password) {
        if (!DatabaseFiles.exists(dataDir)) {
            throw new DatabaseException("restore.damaged.notDamaged", null, dataDir.toString());
        }
        if (DatabaseFiles.isEncrypted(dataDir) && password == null) {
            throw new WrongPasswordException(cn.warmledger.domain.Messages.get("database.passwordRequired"));
        }
        // read-only: H2 2.4 writes to a file it fails to open; the damaged file is kept as it is now
        DatabasePassword used = DatabaseFiles.isEncrypted(dataDir) ? password : null;
        try {
            JdbcConnectionPool p = DatabaseFiles.openPool(dataDir, used, true).pool();
            try {
                if (LostSchema.schemaLost(dataDir, Migrations.hasSchema(p),
                        LostSchema.sizeOf(DatabaseFiles.mvFile(dataDir)))) {
                    return DatabaseFiles.damaged();
                }
            } finally {
                p.dispose();
            }
        } catch (DamagedDatabaseException e) {
            return e;
        } catch (SQLException e) {
            RuntimeException t = DatabaseFiles.translateOpened(e, dataDir);
            if (t instanceof DamagedDatabaseException d) {
                return d;
            }
            throw t;
        }
        throw new DatabaseException("restore.damaged.notDamaged", null, dataDir.toString());
    }

    /**
     * Puts a checked backup in place of the damaged file of a folder that does not open ({@link #confirmDamaged}),
     * keyed with the folder's password ({@code password}, proven on the damaged file's header; null for an
     * unencrypted folder); the damaged file is kept, still as encrypted as it was, as {@code keepDamagedAs}. Returns
     * the password the folder opens with now (null: unencrypted).
     */
    static DatabasePassword restoreDamaged(Path dataDir, DatabasePassword password, BackupFiles.Verified verified,
                                           DatabasePassword backupPassword, Path keepDamagedAs) {
        confirmDamaged(dataDir, password);
        DatabasePassword folderPassword = DatabaseFiles.isEncrypted(dataDir) ? password : null;
        DatabasePassword next = passwordAfterRestore(folderPassword, verified, backupPassword);
        keyCheckedCopy(dataDir, verified, next);
        DatabaseFiles.replaceDamaged(dataDir, verified.databaseFile(), keepDamagedAs);
        return next;
    }

    /** The folder's salt file's text (put into every backup beside the database file), or null. */
    String kdfText() {
        return FileKeys.read(dataDir).map(FileKeys.Kdf::text).orElse(null);
    }

    /** H2's file password of the file now (null: unencrypted): for the checked copy of a backup. */
    char[] fileKey() {
        char[] k = key;
        return k == null ? null : k.clone();
    }

    void shutdown() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException | IllegalStateException e) {
            // already closed (or the pool already disposed): nothing to release
        }
        pool.dispose();
    }

    private void reopen(DatabasePassword with, char[] withKey) {
        JdbcConnectionPool next = DatabaseFiles.pool(file, withKey);
        try (Connection c = next.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            next.dispose();
            throw DatabaseFiles.translate(e, dataDir);
        }
        this.password = with;
        this.key = withKey;
        this.pool = next;
    }
}
