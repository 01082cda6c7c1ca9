package cn.warmledger.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.warmledger.domain.Messages;

/**
 * How large a parcel's parts may be when a collector takes them: a township's 报表 is a few hundred KB, so a file
 * above {@link #MAX_FILE} (or a manifest above {@link #MAX_MANIFEST}) is a mistake or an attack, refused by name
 * before it fills memory or the disk. Bodies are streamed to disk and counted; nothing is read whole into memory.
 */
public final class ParcelLimits {
    /** One file of a parcel: 50 MB. */
    public static final long MAX_FILE = 50L * 1024 * 1024;
    /** A manifest (JSON): 1 MB, far above the few KB one holds. */
    public static final long MAX_MANIFEST = 1024L * 1024;

    private ParcelLimits() {
    }

    /** A part that is larger than its limit; the message names it in Chinese. */
    public static final class TooLarge extends IOException {
        TooLarge(String name, long limit) {
            super(Messages.get("collect.skipped.tooLarge", name, String.valueOf(limit / (1024 * 1024))));
        }
    }

    /** Refuses a part whose announced size is already above the limit (an unknown size is -1 and passes). */
    public static void checkAnnounced(String name, long size, long limit) throws TooLarge {
        if (size > limit) {
            throw new TooLarge(name, limit);
        }
    }

    /** Copies {@code in} to {@code target}, stopping (and removing what was written) once it passes the limit. */
    public static void copy(InputStream in, Path target, String name, long limit) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            transfer(in, out, name, limit);
        } catch (TooLarge e) {
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /** Reads {@code in} whole when it is within the limit (manifests). */
    public static byte[] read(InputStream in, String name, long limit) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        transfer(in, out, name, limit);
        return out.toByteArray();
    }

    private static void transfer(InputStream in, OutputStream out, String name, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > limit) {
                throw new TooLarge(name, limit);
            }
            out.write(buffer, 0, n);
        }
    }
}
