package cn.warmledger.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * A data folder's H2 file damaged as a power cut damages it: the chunk area broken, the header intact. An encrypted
 * file starts with the cipher's own 4 KB block, then H2's two 4 KB copies of the store header (encrypted); the block
 * right behind them holds the newest chunk after a clean close, so overwriting it leaves a header that still checks
 * out with the right key while H2 finds no valid set of chunks (docs/decisions/21-1; FileDamageTest shows what H2
 * says about it). An unencrypted file has no cipher block: its chunk area starts 4 KB earlier.
 */
public final class DamagedFolders {
    private static final int BLOCK = 4096;

    private DamagedFolders() {
    }

    /** Overwrites the first chunk block behind the store header of the closed folder's database file. */
    public static void damage(Path dataDir) throws IOException {
        Path file = dataDir.resolve("warmledger.mv.db");
        boolean encrypted = new String(Files.readAllBytes(file), 0, 9, StandardCharsets.US_ASCII).equals("H2encrypt");
        long chunkArea = (encrypted ? 3L : 2L) * BLOCK;
        byte[] junk = new byte[BLOCK];
        Arrays.fill(junk, (byte) 0x5A);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(junk), chunkArea);
            ch.force(true);
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
