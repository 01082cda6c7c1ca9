package cn.warmledger.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The H2 file database of one data folder: opened, migrated by Flyway, and shared through a jOOQ
 * context whose transactions are bound to the calling thread (so repositories need no handles).
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "warmledger";

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final int appliedMigrations;

    private Database(Path file, JdbcConnectionPool pool, int appliedMigrations) {
        this.file = file;
        this.pool = pool;
        this.appliedMigrations = appliedMigrations;
        DataSourceConnectionProvider connections = new DataSourceConnectionProvider(pool);
        this.dsl = DSL.using(new DefaultConfiguration()
                .set(SQLDialect.H2)
                .set(new Settings().withExecuteLogging(false).withRenderSchema(false))
                .set(connections)
                .set(new ThreadLocalTransactionProvider(connections)));
    }

    /** Opens (creating if needed) the database in {@code dataDir} and migrates it to the newest schema. */
    public static Database open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new DatabaseException("database.folder", e, dataDir.toString());
        }
        Path file = dataDir.resolve(FILE_NAME);
        String url = "jdbc:h2:file:" + file.toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            int applied = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate().migrationsExecuted;
            return new Database(file, pool, applied);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new DatabaseException("database.open", e, dataDir.toString());
        }
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path file() {
        return file;
    }

    public int appliedMigrations() {
        return appliedMigrations;
    }

    /** The newest schema version recorded by Flyway. */
    public String schemaVersion() {
        MigrationInfo current = Flyway.configure().dataSource(pool).locations("classpath:db/migration").load()
                .info().current();
        return current == null ? "0" : current.getVersion().getVersion();
    }

    @Override
    public void close() {
        pool.dispose();
        try (Connection c = java.sql.DriverManager.getConnection(
                "jdbc:h2:file:" + file.toAbsolutePath(), "sa", "")) {
            c.createStatement().execute("SHUTDOWN");
        } catch (SQLException e) {
            // already closed by another path: nothing to release
        }
    }
}
