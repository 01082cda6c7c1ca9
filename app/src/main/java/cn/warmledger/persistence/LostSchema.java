package cn.warmledger.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A database file that lost its schema: H2 opens a file whose every chunk is unreadable as an empty database, which
 * must be told as damaged rather than migrated into an empty register (docs/decisions/21-1).
 */
final class LostSchema {
    private LostSchema() {
    }

    /**
     * The most a database file holds before its first migration is stored (H2's empty store: 16–20 KB); the app's
     * schema alone takes far more (140 KB). A larger file without the schema lost its data ({@link Database#open}).
     */
    private static final long NEVER_MIGRATED_MAX_BYTES = 64 * 1024;

    /** Beside the database file once it has held the schema: from then on a file without it lost its data. */
    private static final String SCHEMA_MARKER = Database.FILE_NAME + ".migrated";

    /**
     * The file has no schema but had one: past an empty store's size, or the folder's marker says it was migrated.
     * H2 opens a file whose every chunk is unreadable as an empty database (and 2.4 shrinks it at once, so the size
     * alone tells only the first open).
     */
    static boolean schemaLost(Path dataDir, boolean hasSchema, long fileBytes) {
        return !hasSchema && (fileBytes > NEVER_MIGRATED_MAX_BYTES || Files.exists(dataDir.resolve(SCHEMA_MARKER)));
    }

    static void markSchema(Path dataDir) {
        Path marker = dataDir.resolve(SCHEMA_MARKER);
        if (!Files.exists(marker)) {
            try {
                Files.createFile(marker);
            } catch (java.io.IOException e) {
                // written at the next open; until then only the file's size tells a lost schema
            }
        }
    }

    /** Ends H2's hold on the file as a crash would (SHUTDOWN IMMEDIATELY): nothing more is written to it. */
    static void closeWithoutWriting(JdbcConnectionPool pool) {
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        } catch (SQLException e) {
            // already closed: nothing to end
        }
    }

    /** The file's size now; 0 when there is none. */
    static long sizeOf(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
