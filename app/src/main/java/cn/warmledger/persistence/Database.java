package cn.warmledger.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.domain.WrongPasswordException;

/**
 * The database the application keeps its data in — the H2 file of one data folder ({@link #open}) or a database on
 * the office's PostgreSQL server ({@link #openServer}; docs/decisions/18-1) — opened, migrated by Flyway, and shared
 * through a jOOQ context whose transactions are bound to the calling thread (so repositories need no handles); the
 * SQL dialect is the engine's, chosen here at run time. With a {@link DatabasePassword} the H2 file is encrypted
 * with H2's AES cipher (docs/decisions/8-1). A password change or a restore swaps the file underneath while the jOOQ
 * context stays the same; on a server those (and backup) are the server administrator's and refuse in Chinese.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "warmledger";

    private final Path dataDir;
    private final Path file;
    /** Null for an H2 file. */
    private final ServerAddress server;
    /** H2's {@link JdbcConnectionPool} of the file, or the server's pool. */
    private volatile DataSource pool;
    private volatile DatabasePassword password;
    /** H2's file password of the file on disk now (null: unencrypted); {@link FileKeys}. */
    private volatile char[] key;
    /** Opened with the 8-1 key: {@link #strengthenKey} re-keys it with the slow derivation. */
    private volatile boolean legacyKey;
    private final DSLContext dsl;
    private volatile Runnable accessCheck;
    private final int appliedMigrations;
    private final LentConnections connections;
    private boolean createdNow;

    private Database(Path dataDir, DatabaseFiles.Opened opened, DatabasePassword password, int appliedMigrations) {
        this(dataDir, null, opened.pool(), appliedMigrations);
        this.key = opened.key();
        this.legacyKey = opened.legacy();
        this.password = password;
    }

    private Database(Path dataDir, ServerAddress server, DataSource pool, int appliedMigrations) {
        this.dataDir = dataDir;
        this.file = dataDir == null ? null : dataDir.resolve(FILE_NAME);
        this.server = server;
        this.pool = pool;
        this.appliedMigrations = appliedMigrations;
        this.connections = new LentConnections(() -> this.pool, () -> accessCheck);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(server == null ? SQLDialect.H2 : SQLDialect.POSTGRES)
                .set(settings(server != null))
                .set(connections)
                .set(new ThreadLocalTransactionProvider(connections)));
    }

    /**
     * The generated classes carry H2's upper-case names; PostgreSQL folds the migrations' unquoted names to lower
     * case, so there jOOQ renders them in lower case (still quoted: a column named like a keyword stays a column).
     */
    private static Settings settings(boolean postgres) {
        Settings settings = new Settings().withExecuteLogging(false).withRenderSchema(false);
        return postgres ? settings.withRenderNameCase(RenderNameCase.LOWER) : settings;
    }

    /**
     * Opens the database {@code address} on a PostgreSQL server with {@code password} (the caller wipes it) and
     * migrates it to the newest schema (an empty database gets the whole schema). Fails in seconds with a Chinese
     * {@link DatabaseException} when the server is unreachable, the password is wrong or the database is missing.
     */
    public static Database openServer(ServerAddress address, char[] password) {
        com.zaxxer.hikari.HikariDataSource pool = ServerConnections.open(address, password);
        try {
            boolean empty = !hasSchema(pool);
            int applied = Migrations.flyway(pool, Migrations.POSTGRESQL).migrate().migrationsExecuted;
            Database db = new Database(null, address, pool, applied);
            db.createdNow = empty;
            return db;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e instanceof DatabaseException d ? d : ServerConnections.translate(e, address);
        }
    }

    private static boolean hasSchema(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
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
        DatabaseFiles.Opened opened = DatabaseFiles.openPool(dataDir, used);
        JdbcConnectionPool pool = opened.pool();
        try {
            boolean empty = !hasSchema(pool);
            int applied = migrate(pool);
            Database db = new Database(dataDir, opened, used, applied);
            db.createdNow = empty;
            return db;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw DatabaseFiles.translate(e, dataDir);
        }
    }

    /**
     * A folder still on the 8-1 key is re-keyed with the slow derivation ({@link FileKeys}), crash-safely like a
     * password change: the salt file first, then the re-keyed copy renamed over the file. Run at sign-in.
     */
    public synchronized void strengthenKey() {
        if (!legacyKey || password == null) {
            return;
        }
        char[] next = FileKeys.derived(password, FileKeys.ensure(dataDir));
        swap(next, password);
        legacyKey = false;
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
        return legacyKey;
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
        FileKeys.warmUp();
        JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:warm-up-" + System.nanoTime()
                + ";DB_CLOSE_DELAY=0;TRACE_LEVEL_FILE=0", "sa", "");
        try {
            migrate(pool);
            DSLContext dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false)
                    .withRenderSchema(false));
            dsl.fetchCount(cn.warmledger.persistence.jooq.Tables.RECIPIENT);
            dsl.selectFrom(cn.warmledger.persistence.jooq.Tables.ORGANIZATION).fetch();
            return true;
        } catch (RuntimeException e) {
            // the sign-in runs cold; it opens and migrates the folder itself
            return false;
        } finally {
            pool.dispose();
        }
    }

    private static int migrate(JdbcConnectionPool pool) {
        return Migrations.flyway(pool, Migrations.H2).migrate().migrationsExecuted;
    }

    /**
     * A check run each time work takes a connection (null: none). Tests use it to prove that no database work
     * runs on the window's FX thread; the application sets none.
     */
    public void checkEachAccess(Runnable check) {
        this.accessCheck = check;
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
        return file;
    }

    /** The data folder the H2 file is in (null on a server). */
    public Path dataDir() {
        return dataDir;
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
    public java.util.Optional<ServerAddress> server() {
        return java.util.Optional.ofNullable(server);
    }

    /**
     * Refuses an H2-file-only operation ({@code what}: a {@code server.h2Only.*} key) on a server, in Chinese; returns
     * the H2 file's pool otherwise.
     */
    private JdbcConnectionPool h2Only(String what) {
        if (server != null) {
            throw new DatabaseException("server.h2Only", null, cn.warmledger.domain.Messages.get(what), server);
        }
        return (JdbcConnectionPool) pool;
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }

    /** True when this open found no schema at all and created it (a new database, or an empty file). */
    public boolean createdNow() {
        return createdNow;
    }

    /** True when the file on disk is encrypted (a password unlocks it). */
    public boolean encrypted() {
        return password != null;
    }

    /** True when {@code candidate} is the password this database was opened with. */
    public boolean isPassword(DatabasePassword candidate) {
        DatabasePassword p = password;
        return p != null && p.matches(candidate);
    }

    /** The newest schema version recorded by Flyway. */
    public String schemaVersion() {
        MigrationInfo current = Migrations.flyway(pool, engine()).info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    /**
     * A consistent copy of the open database, taken while it is in use (H2 {@code BACKUP TO}): a zip
     * holding the database file exactly as encrypted as the database itself.
     */
    public void backupTo(Path zip) {
        h2Only("server.h2Only.backup");
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

    /** True when this is a server database and this PC has PostgreSQL's {@code pg_dump} to back it up with. */
    public boolean canDumpServer() {
        return server != null && ServerDumps.program("pg_dump").isPresent();
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
        Path pgDump = ServerDumps.program("pg_dump").orElseThrow(
                () -> new DatabaseException("backup.serverAdministrators", null, server.toString()));
        char[] login = ((com.zaxxer.hikari.HikariDataSource) pool).getPassword().toCharArray();
        try {
            ServerDumps.dump(pgDump, server, login, file);
        } finally {
            java.util.Arrays.fill(login, '\0');
        }
    }

    /** Reads every row of every table (H2 SCRIPT): a damaged page fails here rather than after a restore. */
    public long integrityScan() {
        h2Only("server.h2Only.scan");
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
    public synchronized void changePassword(DatabasePassword newPassword) {
        h2Only("server.h2Only.password");
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
    public BackupFiles.Verified verifyBackup(Path zip, Path workDir, DatabasePassword backupPassword) {
        h2Only("server.h2Only.restore");
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
    public synchronized void restoreVerified(BackupFiles.Verified verified, DatabasePassword backupPassword,
                                             Path keepCurrentAs) {
        h2Only("server.h2Only.restore");
        DatabasePassword old = password;
        char[] oldKey = key;
        // an encrypted folder keeps its own password; an unencrypted one takes an encrypted backup's (checked with)
        DatabasePassword next = old != null ? DatabasePassword.of(old.chars())
                : verified.encrypted() ? DatabasePassword.of(backupPassword.chars()) : null;
        char[] nextKey = next == null ? null : FileKeys.derived(next, FileKeys.ensure(dataDir));
        if (!java.util.Arrays.equals(verified.fileKey(), nextKey)) {
            DatabaseFiles.rekeyCopy(verified.databaseFile(), verified.fileKey(), nextKey, dataDir, "restore.failed");
        }
        shutdown();
        try {
            DatabaseFiles.replace(dataDir, verified.databaseFile(), keepCurrentAs, FileKeys.read(dataDir).orElse(null));
        } catch (RuntimeException e) {
            reopen(old, oldKey);
            throw e;
        }
        reopen(next, nextKey);
        legacyKey = false;
        migrate((JdbcConnectionPool) pool);
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

    private void shutdown() {
        if (pool instanceof com.zaxxer.hikari.HikariDataSource serverPool) {
            serverPool.close(); // the server goes on; only this PC's connections end
            return;
        }
        JdbcConnectionPool h2 = (JdbcConnectionPool) pool;
        try (Connection c = h2.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException | IllegalStateException e) {
            // already closed (or the pool already disposed): nothing to release
        }
        h2.dispose();
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

    @Override
    public void close() {
        shutdown();
    }
}
