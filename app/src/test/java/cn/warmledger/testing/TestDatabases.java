package cn.warmledger.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.outbox.Transports;

/**
 * The database engine the repository and service tests run on (issue 18): H2 files by default, PostgreSQL when the
 * build runs them with {@code -Dwarmledger.test.engine=postgresql} (the pom's second surefire execution). Tests open
 * their database here instead of {@code Database.open}/{@code AppContext.open}; on PostgreSQL each data folder gets a
 * database of its own on the JVM's throw-away {@link PostgresCluster}, the same one each time the folder is opened
 * again (a test that closes and reopens sees its data), a fresh empty one for a new folder.
 */
public final class TestDatabases {
    public static final String ENGINE_PROPERTY = "warmledger.test.engine";
    private static final Map<Path, ServerAddress> DATABASES = new ConcurrentHashMap<>();

    private TestDatabases() {
    }

    /** True when this test JVM runs the suites against PostgreSQL. */
    public static boolean onPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty(ENGINE_PROPERTY, "h2"));
    }

    /** The database of {@code dataDir}: its H2 file, or its database on the test cluster. */
    public static Database open(Path dataDir) {
        if (!onPostgres()) {
            return Database.open(dataDir);
        }
        PostgresCluster cluster = PostgresCluster.get();
        return Database.openServer(serverFor(dataDir), cluster.password());
    }

    /** The application on {@code paths} (H2 file) or on the folder's server database (PostgreSQL). */
    public static AppContext openApp(AppPaths paths) {
        return openApp(paths, null, new Transports(), Clock.systemDefaultZone());
    }

    /**
     * The same with a database password (H2: the file's; ignored on a server, whose login is the cluster's), other
     * transports or another clock.
     */
    public static AppContext openApp(AppPaths paths, DatabasePassword password, Transports transports, Clock clock) {
        if (!onPostgres()) {
            return AppContext.open(paths, password, transports, clock);
        }
        PostgresCluster cluster = PostgresCluster.get();
        return AppContext.openServer(paths, serverFor(paths.dataDir()), cluster.password(), transports, clock);
    }

    /** The server database of {@code dataDir} on the test cluster (created empty on first use). */
    public static ServerAddress serverFor(Path dataDir) {
        PostgresCluster cluster = PostgresCluster.get();
        return DATABASES.computeIfAbsent(dataDir.toAbsolutePath().normalize(),
                dir -> cluster.newDatabase(dir.getFileName() == null ? "db" : dir.getFileName().toString()));
    }
}
