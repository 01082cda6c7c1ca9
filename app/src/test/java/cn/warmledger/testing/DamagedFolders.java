package cn.warmledger.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/**
 * A data folder's H2 file damaged as a power cut damages it: one 4 KB block of the chunk area broken, the header
 * intact. An encrypted file starts with the cipher's own 4 KB block, then H2's two 4 KB copies of the store header
 * (encrypted); the chunks follow. Which block holds what H2 needs depends on the file's history, so the blocks are
 * tried in order from the first chunk block on (after a clean close, usually the very first) until one whose damage
 * keeps the folder from opening: the same file gives the same block every time. FileDamageTest shows what H2 says
 * about it (docs/decisions/21-1). An unencrypted file has no cipher block: its chunk area starts 4 KB earlier.
 */
public final class DamagedFolders {
    private static final int BLOCK = 4096;

    private DamagedFolders() {
    }

    /** Breaks the first chunk block whose damage keeps the closed folder from opening with {@code password}. */
    public static void damage(Path dataDir, DatabasePassword password) throws IOException {
        Path file = dataDir.resolve("warmledger.mv.db");
        byte[] original = Files.readAllBytes(file);
        boolean encrypted = new String(original, 0, 9, StandardCharsets.US_ASCII).equals("H2encrypt");
        for (int at = (encrypted ? 3 : 2) * BLOCK; at + BLOCK <= original.length; at += BLOCK) {
            byte[] damaged = original.clone();
            Arrays.fill(damaged, at, at + BLOCK, (byte) 0x5A);
            Files.write(file, damaged);
            try (AppContext app = AppContext.open(new AppPaths(dataDir), password)) {
                app.backups(); // it opened: this block is not needed to open; put the file back and try the next
            } catch (RuntimeException e) {
                return;
            }
        }
        Files.write(file, original);
        throw new IllegalStateException("no single block's damage keeps the file from opening");
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
