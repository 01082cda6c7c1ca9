package cn.warmledger.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Where the schema's migrations are, per database engine: the portable ones once in {@code db/migration/common},
 * and only what an engine cannot share in its own folder ({@code db/migration/h2}, {@code db/migration/postgresql};
 * each file there says why). Flyway orders them by version across the folders.
 */
public final class Migrations {
    public static final String H2 = "h2";
    public static final String POSTGRESQL = "postgresql";

    private Migrations() {
    }

    /** The classpath locations of the migrations of {@code engine} ({@link #H2} or {@link #POSTGRESQL}). */
    public static String[] locations(String engine) {
        return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + engine};
    }

    /** Flyway on {@code dataSource} with the migrations of {@code engine}. */
    public static Flyway flyway(DataSource dataSource, String engine) {
        return Flyway.configure().dataSource(dataSource).locations(locations(engine)).load();
    }

    /** True when {@code pool}'s database has Flyway's history table: false for a new, empty database. */
    static boolean hasSchema(DataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            return rs.getInt(1) > 0;
        }
    }
}
