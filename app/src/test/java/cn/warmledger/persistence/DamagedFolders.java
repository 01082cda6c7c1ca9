package cn.warmledger.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import cn.warmledger.domain.DatabasePassword;

/**
 * A data folder's H2 file damaged as a power cut damages it: one 4 KB block of the chunk area broken, the header
 * intact. An encrypted file starts with the cipher's own 4 KB block, then H2's two 4 KB copies of the store header
 * (encrypted); the chunks follow. Which block holds what H2 needs to open depends on the file's history, so the blocks
 * are tried in order from the first chunk block on (after a clean close usually the very first), each on a copy
 * opened directly with the file key, until one whose damage makes H2 report the file corrupt: the same file gives
 * the same block every time. FileDamageTest shows what H2 says about it (docs/decisions/21-1). An unencrypted file
 * has no cipher block: its chunk area starts 4 KB earlier.
 */
public final class DamagedFolders {
    private static final int BLOCK = 4096;

    private DamagedFolders() {
    }

    /** Breaks the first chunk block whose damage keeps the closed folder from opening with {@code password}. */
    public static void damage(Path dataDir, DatabasePassword password) throws IOException {
        Path file = DatabaseFiles.mvFile(dataDir);
        byte[] original = Files.readAllBytes(file);
        boolean encrypted = new String(original, 0, 9, StandardCharsets.US_ASCII).equals("H2encrypt");
        char[] key = !encrypted ? null : FileKeys.key(password, FileKeys.read(dataDir).orElse(null));
        Path probe = Files.createTempDirectory("damage-probe");
        try {
            for (int at = (encrypted ? 3 : 2) * BLOCK; at + BLOCK <= original.length; at += BLOCK) {
                byte[] damaged = original.clone();
                Arrays.fill(damaged, at, at + BLOCK, (byte) 0x5A);
                Files.write(DatabaseFiles.mvFile(probe), damaged);
                if (corrupt(probe, key)) {
                    Files.write(file, damaged);
                    return;
                }
            }
        } finally {
            DatabaseFiles.deleteTree(probe);
        }
        throw new IllegalStateException("no single block's damage keeps the file from opening");
    }

    /** Breaks every chunk block behind the intact headers: H2 then opens the file as an empty database. */
    public static void wipeChunks(Path dataDir) throws IOException {
        Path file = DatabaseFiles.mvFile(dataDir);
        byte[] bytes = Files.readAllBytes(file);
        boolean encrypted = new String(bytes, 0, 9, StandardCharsets.US_ASCII).equals("H2encrypt");
        Arrays.fill(bytes, (encrypted ? 3 : 2) * BLOCK, bytes.length, (byte) 0x5A);
        Files.write(file, bytes);
    }

    /** True when H2 reports the file corrupt on opening it and reading the schema's history. */
    private static boolean corrupt(Path dir, char[] key) {
        org.h2.jdbcx.JdbcConnectionPool pool = DatabaseFiles.pool(dir.resolve(Database.FILE_NAME), key);
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"").close();
            s.execute("SHUTDOWN");
            return false;
        } catch (java.sql.SQLException e) {
            return FileDamage.isCorruption(e);
        } finally {
            pool.dispose();
        }
    }

    /** True when the file's bytes contain {@code text} (UTF-8), as it would be stored unencrypted. */
    public static boolean contains(Path file, String text) throws IOException {
        byte[] all = Files.readAllBytes(file);
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= all.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (all[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
