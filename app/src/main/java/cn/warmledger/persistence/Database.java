package cn.warmledger.persistence;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;

import com.zaxxer.hikari.HikariDataSource;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ServerAddress;

/**
 * The database the application keeps its data in — the H2 file of one data folder ({@link #open}) or a database on
 * the office's PostgreSQL server ({@link #openServer}; docs/decisions/18-1) — opened, migrated by Flyway, and shared
 * through a jOOQ context whose transactions are bound to the calling thread (so repositories need no handles); the
 * SQL dialect is the engine's, chosen at run time ({@link JooqContexts}). What only the H2 file has (encryption at
 * rest, backup zip, password change, restore: {@link H2File}) refuses on a server with a Chinese message.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "warmledger";

    /** The local file (null on a server). */
    private final H2File h2;
    /** The server's address and pool (null for an H2 file). */
    private final ServerAddress server;
    private final HikariDataSource serverPool;
    private final DSLContext dsl;
    private volatile Runnable accessCheck;
    private final int appliedMigrations;
    private final LentConnections connections;
    private boolean createdNow;
    private final ServerLossWatch serverLoss;

    private Database(H2File h2, ServerAddress server, HikariDataSource serverPool, int appliedMigrations,
                     boolean createdNow) {
        this.h2 = h2;
        this.server = server;
        this.serverPool = serverPool;
        this.appliedMigrations = appliedMigrations;
        this.createdNow = createdNow;
        this.serverLoss = new ServerLossWatch(server != null);
        this.connections = new LentConnections(this::pool, () -> accessCheck, serverLoss::notice);
        this.dsl = JooqContexts.threadBound(server != null, connections, serverLoss::notice);
    }

    /** The pool of now: the server's, or the H2 file's (which a password change or a restore replaces). */
    private DataSource pool() {
        return h2 != null ? h2.pool() : serverPool;
    }

    /** Opens (creating if needed) the unencrypted database in {@code dataDir} and migrates it. */
    public static Database open(Path dataDir) {
        return open(dataDir, null);
    }

    /**
     * Opens (creating if needed) the database in {@code dataDir} and migrates it to the newest schema.
     * A new database is encrypted when a password is given; an existing one opens as it is (an encrypted
     * one needs the password, an unencrypted one ignores it: {@link #encrypted()} tells which).
     */
    public static Database open(Path dataDir, DatabasePassword password) {
        long sizeBefore = LostSchema.sizeOf(DatabaseFiles.mvFile(dataDir));
        H2File file = H2File.open(dataDir, password);
        JdbcConnectionPool pool = file.pool();
        try {
            boolean empty = !Migrations.hasSchema(pool);
            if (LostSchema.schemaLost(dataDir, !empty, sizeBefore)) {
                // H2 opens a file whose every chunk is unreadable as an empty database: migrating it would show the
                // clerk an empty register (and the next automatic backups would keep it) — it is damaged. Closed
                // without H2's clean close, which would shrink the file to an empty store's size: the next open
                // must find it damaged too
                LostSchema.closeWithoutWriting(pool);
                throw DatabaseFiles.damaged();
            }
            int applied = H2File.migrate(pool);
            LostSchema.markSchema(dataDir);
            return new Database(file, null, null, applied, empty);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw DatabaseFiles.translateOpened(e, dataDir);
        }
    }

    /**
     * Opens the database {@code address} on a PostgreSQL server with {@code password} (the caller wipes it) and
     * migrates it to the newest schema (an empty database gets the whole schema). Fails in seconds with a Chinese
     * {@link DatabaseException} when the server is unreachable, the password is wrong or the database is missing.
     */
    public static Database openServer(ServerAddress address, char[] password) {
        HikariDataSource pool = ServerConnections.open(address, password);
        try {
            ServerConnections.warm(pool, 2); // Flyway's two connections, however slow the server's login
            boolean empty = !Migrations.hasSchema(pool);
            int applied = Migrations.flyway(pool, Migrations.POSTGRESQL).migrate().migrationsExecuted;
            return new Database(null, address, pool, applied, empty);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e instanceof DatabaseException d ? d : ServerConnections.translate(e, address);
        }
    }

    /**
     * A folder still on the 8-1 key is re-keyed with the slow derivation ({@link FileKeys}), crash-safely like a
     * password change: the salt file first, then the re-keyed copy renamed over the file. Run at sign-in; nothing
     * to do on a server.
     */
    public void strengthenKey() {
        if (h2 != null) {
            h2.strengthenKey();
        }
    }

    /**
     * The one derivation of a file key ({@link FileKeys}) at any iteration count and salt: for bench's figures,
     * so they time exactly what sign-in does. The caller wipes the result.
     */
    public static char[] deriveFileKey(DatabasePassword password, byte[] salt, int iterations) {
        return FileKeys.derived(password, new FileKeys.Kdf(iterations, salt));
    }

    /** True while the file is encrypted with the 8-1 key (before {@link #strengthenKey}). */
    public boolean legacyKey() {
        return h2 != null && h2.legacyKey();
    }

    /** What is in a data folder before it is opened: nothing yet, an unencrypted or an encrypted database. */
    public static boolean exists(Path dataDir) {
        return DatabaseFiles.exists(dataDir);
    }

    public static boolean isEncrypted(Path dataDir) {
        return DatabaseFiles.exists(dataDir) && DatabaseFiles.isEncrypted(dataDir);
    }

    /**
     * Readies in a fresh JVM what a sign-in will run, so that it runs warm (issue 16): the key derivation's
     * HMAC-SHA256 compiled by the JIT ({@link FileKeys#warmUp}), H2's engine, Flyway's migrations and jOOQ's first
     * queries loaded — on a throwaway in-memory database and a throwaway password. Nothing is written to disk and
     * nothing of the clerk's is read; the sign-in page runs it while the clerk types. Best effort: a failure here
     * only means the sign-in runs cold; returns whether the database part went through.
     */
    public static boolean warmUp() {
        return DatabaseWarmUp.run();
    }

    /**
     * A check run each time work takes a connection (null: none). Tests use it to prove that no database work
     * runs on the window's FX thread; the application sets none.
     */
    public void checkEachAccess(Runnable check) {
        this.accessCheck = check;
    }

    /**
     * {@code listener} runs (on the failing thread) each time a statement or the taking of a connection fails because
     * the server cannot be reached (docs/decisions/18-6); never for an H2 file, which cannot go away.
     */
    public void onConnectionLost(Runnable listener) {
        serverLoss.listen(listener);
    }

    /**
     * True when the database answers a trivial query now: the light check of a lost server, taking at most the pool's
     * connect timeout (5 s). Never throws.
     */
    public boolean answers() {
        return ServerLossWatch.answers(pool());
    }

    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work}, which begins one transaction on this thread, on a connection set to {@code isolation} when
     * it is taken from the pool (before the transaction's first statement) and set back when it returns to the pool
     * (after the commit or rollback): drivers refuse (PostgreSQL) or commit first (H2) a change of isolation level
     * inside a transaction.
     */
    <T> T withIsolation(int isolation, java.util.function.Supplier<T> work) {
        return connections.withIsolation(isolation, work);
    }

    /** The H2 file (null on a server). */
    public Path file() {
        return h2 == null ? null : h2.file();
    }

    /** The data folder the H2 file is in (null on a server). */
    public Path dataDir() {
        return h2 == null ? null : h2.dataDir();
    }

    /** The engine: {@link Migrations#H2} or {@link Migrations#POSTGRESQL}. */
    public String engine() {
        return server == null ? Migrations.H2 : Migrations.POSTGRESQL;
    }

    /** True when the data is on the office's PostgreSQL server, not in a local H2 file. */
    public boolean onServer() {
        return server != null;
    }

    /** The server's address (empty for an H2 file). */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** The H2 file for an H2-file-only operation ({@code what}: a {@code server.h2Only.*} key); refused on a server. */
    private H2File h2Only(String what) {
        if (h2 == null) {
            throw new DatabaseException("server.h2Only", null, Messages.get(what), server);
        }
        return h2;
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }

    /** True when this open found no schema at all and created it (a new database, or an empty file). */
    public boolean createdNow() {
        return createdNow;
    }

    /** True when the file on disk is encrypted (a password unlocks it); false on a server. */
    public boolean encrypted() {
        return h2 != null && h2.encrypted();
    }

    /** True when {@code candidate} is the password this H2 file was opened with. */
    public boolean isPassword(DatabasePassword candidate) {
        return h2 != null && h2.isPassword(candidate);
    }

    /** The newest schema version recorded by Flyway. */
    public String schemaVersion() {
        MigrationInfo current = Migrations.flyway(pool(), engine()).info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * A consistent copy of the open database, taken while it is in use (H2 {@code BACKUP TO}): a zip
     * holding the database file exactly as encrypted as the database itself.
     */
    public void backupTo(Path zip) {
        h2Only("server.h2Only.backup").backupTo(zip);
    }

    /**
     * A backup of the server database with {@code pg_dump} (custom format) into {@code file} (docs/decisions/18-5): the
     * login's password handed to pg_dump in its environment only. Refuses in Chinese on an H2 file (its backup is
     * {@link #backupTo}) and when this PC has no pg_dump (the server's backups are then its administrator's job).
     */
    public void dumpTo(Path file) {
        if (server == null) {
            throw new IllegalStateException("pg_dump backs up a server database");
        }
        ServerDumps.dump(server, serverPool, file);
    }

    /** Reads every row of every table (H2 SCRIPT): a damaged page fails here rather than after a restore. */
    public long integrityScan() {
        return h2Only("server.h2Only.scan").integrityScan();
    }

    /**
     * Re-encrypts the file with {@code newPassword} (or encrypts an unencrypted one). The old file stays
     * in place until the re-encrypted copy has been checked, then replaces it in one atomic rename: a
     * crash at any moment leaves a file that opens with the old or with the new password.
     */
    public void changePassword(DatabasePassword newPassword) {
        h2Only("server.h2Only.password").changePassword(newPassword);
    }

    /**
     * Checks a backup zip before anything is replaced: unpacked into {@code workDir}, opened with
     * {@code backupPassword} (null: this database's own password), migrated, counted and read.
     */
    public BackupFiles.Verified verifyBackup(Path zip, Path workDir, DatabasePassword backupPassword) {
        return h2Only("server.h2Only.restore").verifyBackup(zip, workDir, backupPassword);
    }

    /**
     * Replaces the database with a checked backup; the current file is kept as {@code keepCurrentAs} first.
     * A restore never lowers protection (docs/decisions/19-1): when this database is encrypted, the checked
     * copy is re-encrypted with this database's password (an unencrypted backup, or one made with another
     * password) before anything is replaced, so the folder opens with the same password before and after, and
     * a crash at any moment leaves the old or the new file, both under that password. An unencrypted folder
     * takes the backup as it is (an encrypted backup keeps the password it was checked with).
     */
    public void restoreVerified(BackupFiles.Verified verified, DatabasePassword backupPassword, Path keepCurrentAs) {
        h2Only("server.h2Only.restore").restoreVerified(verified, backupPassword, keepCurrentAs);
    }

    /**
     * Restores a data folder whose H2 file does not open because it is damaged (docs/decisions/21-1) — no database is
     * open, so {@link #restoreVerified} cannot be used. Refused unless the file is damaged and {@code password} is its
     * password (a wrong one throws WrongPasswordException; a file that opens is restored from the open database).
     * {@code verified}: the backup checked by {@link BackupFiles#verify}; it is keyed with the folder's password and
     * put in place, and the damaged file kept, still encrypted, as {@code keepDamagedAs}. Returns the password the
     * folder opens with now (null: unencrypted); the caller opens it.
     */
    public static DatabasePassword restoreDamaged(Path dataDir, DatabasePassword password,
                                                  BackupFiles.Verified verified, DatabasePassword backupPassword,
                                                  Path keepDamagedAs) {
        return H2File.restoreDamaged(dataDir, password, verified, backupPassword, keepDamagedAs);
    }

    /** Checks before a backup is unpacked that the folder's file is damaged and {@code password} its own ({@link #restoreDamaged}). */
    public static void confirmDamaged(Path dataDir, DatabasePassword password) {
        H2File.confirmDamaged(dataDir, password);
    }

    /** H2's file password of the file now (null: unencrypted): for the checked copy of a backup. */
    char[] fileKey() {
        return h2 == null ? null : h2.fileKey();
    }

    @Override
    public void close() {
        if (h2 != null) {
            h2.shutdown();
        } else {
            serverPool.close(); // the server goes on; only this PC's connections end
        }
    }
}
