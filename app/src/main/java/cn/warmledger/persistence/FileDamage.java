package cn.warmledger.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

import cn.warmledger.domain.Causes;

/**
 * Tells a damaged database file from a wrong password (docs/decisions/21-1). H2 reports every failure to read an
 * encrypted file as 90049 "encryption error": a wrong key and a file whose chunks a power cut broke alike. The two
 * differ in the file's header: H2 writes its store header twice (the first two 4 KB blocks behind the cipher's own
 * header block) as text ending in a Fletcher-32 checksum; decrypted with the right key at least one copy checks out,
 * decrypted with a wrong key both are noise (H2 then says "Store header is corrupt"). So a corruption with a header
 * that checks out under the key is damage, not a wrong password. No H2 message text is matched.
 */
final class FileDamage {
    /** The size of H2's blocks, of its cipher's header and of each copy of its store header (FileStore.BLOCK_SIZE). */
    private static final int BLOCK = 4096;
    /** The key of the store header's checksum, the last entry of the header's text (RandomAccessStore.writeStoreHeader). */
    private static final String CHECKSUM = ",fletcher:";
    /** H2's error codes for a file it cannot read: FILE_CORRUPTED_1, and FILE_ENCRYPTION_ERROR_1 on encrypted files. */
    private static final int FILE_CORRUPTED = 90030;
    private static final int ENCRYPTION_ERROR = 90049;

    private FileDamage() {
    }

    /** True when H2 failed because the file's content could not be read (a wrong key or damage; not a lock, not I/O). */
    static boolean isCorruption(Throwable error) {
        for (Throwable t : Causes.chain(error)) {
            if (t instanceof MVStoreException mv && mv.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT) {
                return true;
            }
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == FILE_CORRUPTED || sql.getErrorCode() == ENCRYPTION_ERROR)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code key} (H2's file password, as handed to the JDBC URL) decrypts at least one copy of the store
     * header of the encrypted file {@code mvFile} to text whose checksum holds: the key is the file's. False for a
     * wrong key, and when the file cannot be read at all.
     */
    static boolean keyReadsHeader(Path mvFile, char[] key) {
        // the JDBC file password reaches the cipher as its UTF-16 bytes (ConnectionInfo, SingleFileStore)
        byte[] cipherKey = FilePathEncrypt.getPasswordBytes(key);
        try (FileChannel base = FileChannel.open(mvFile, StandardOpenOption.READ);
             FileEncrypt file = new FileEncrypt(mvFile.toString(), cipherKey, base)) {
            ByteBuffer headers = ByteBuffer.allocate(2 * BLOCK);
            while (headers.hasRemaining() && file.read(headers, headers.position()) > 0) {
                // FileEncrypt reads whole blocks; loop until both header copies are in
            }
            byte[] all = headers.array();
            for (int at = 0; at < all.length; at += BLOCK) {
                if (checksumHolds(java.util.Arrays.copyOfRange(all, at, at + BLOCK))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        } finally {
            java.util.Arrays.fill(cipherKey, (byte) 0);
        }
    }

    /** One copy of the store header: {@code key:value,…,fletcher:XXXXXXXX} then padding; the sum covers the text before. */
    static boolean checksumHolds(byte[] block) {
        int start = 0;
        int end = block.length;
        while (start < end && block[start] <= ' ') {
            start++;
        }
        while (end > start && block[end - 1] <= ' ') {
            end--;
        }
        String text = new String(block, start, end - start, StandardCharsets.ISO_8859_1);
        int sum = text.lastIndexOf(CHECKSUM);
        if (sum <= 0) {
            return false;
        }
        String hex = text.substring(sum + CHECKSUM.length());
        if (hex.isEmpty() || hex.length() > 8 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return false;
        }
        return (int) Long.parseLong(hex, 16) == DataUtils.getFletcher32(block, start, sum);
    }
}
