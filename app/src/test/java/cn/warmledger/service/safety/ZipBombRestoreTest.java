package cn.warmledger.service.safety;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;

/**
 * Issue 19 point 9: a backup that is a zip bomb is refused while it is unpacked, with a Chinese message, and
 * nothing is unpacked into the data folder (docs/decisions/19-1).
 */
@H2FileOnly("the backup zip of the H2 file")
class ZipBombRestoreTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("Bomb-Secret-19");
    /** 512 MB of zeros: about half a megabyte on disk. */
    static final long INFLATED = 512L << 20;
    @TempDir
    Path dir;

    @Test
    void aBombThatDeclaresItsSizeIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path bomb = bomb(dir.resolve("bomb.zip"));
        assertThat(Files.size(bomb)).isLessThan(2L << 20);
        refusedLeavingTheFolderAsItWas(bomb, "压缩比异常");
    }

    @Test
    void aBombWhoseHeaderLiesAboutItsSizeIsStoppedAtTheDeclaredSize() throws Exception {
        Path bomb = bomb(dir.resolve("liar.zip"));
        declareSize(bomb, 1 << 20);
        refusedLeavingTheFolderAsItWas(bomb, "超过它自己记录的大小");
    }

    @Test
    void aBombWhoseCentralDirectoryLiesAboutItsCompressedSizeIsStillRefused() throws Exception {
        Path bomb = bomb(dir.resolve("liar-compressed.zip"));
        // claims 512 MB compressed: ratio 1 against the entry's own figure, about 1000 against the file on disk
        declareCompressedSize(bomb, (int) INFLATED);
        try (java.util.zip.ZipFile accepted = new java.util.zip.ZipFile(bomb.toFile())) {
            assertThat(accepted.getEntry("warmledger.mv.db").getCompressedSize()).isEqualTo(INFLATED);
        }
        // refused on the sizes alone, before the first byte (let alone 100 MB) is unpacked
        refusedLeavingTheFolderAsItWas(bomb, "压缩比异常");
    }

    /** Rewrites the compressed size of the central directory's entry (offset 20 of its header). */
    static void declareCompressedSize(Path zip, int size) throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                b.putInt(i + 20, size);
                patched++;
            }
        }
        assertThat(patched).isEqualTo(1);
        Files.write(zip, bytes);
    }

    private void refusedLeavingTheFolderAsItWas(Path bomb, String reason) throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            Map<String, String> before = snapshot(data);
            long started = System.nanoTime();
            assertThatThrownBy(() -> app.backups().restore(bomb, null))
                    .hasMessageContaining(reason).hasMessageContaining("没有恢复").hasMessageContaining("当前数据没有改动")
                    .hasMessageContaining(bomb.getFileName().toString()).satisfies(e -> assertThat(e.getMessage()).doesNotContainPattern("[A-Z][a-z]+Exception"));
            System.out.printf("zip bomb (%d MB inflated) refused in %d ms%n", INFLATED >> 20,
                    (System.nanoTime() - started) / 1_000_000);
            assertThat(snapshot(data)).isEqualTo(before);
            assertThat(dir.resolve("data.restore-check.tmp")).doesNotExist();
            assertThat(app.recipients().count()).isEqualTo(1);
        }
    }

    /** One entry named like the database, {@link #INFLATED} bytes of zeros, deflated hard. */
    static Path bomb(Path zip) throws Exception {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(Deflater.BEST_COMPRESSION);
            z.putNextEntry(new ZipEntry("warmledger.mv.db"));
            byte[] zeros = new byte[1 << 20];
            for (long i = 0; i < INFLATED; i += zeros.length) {
                z.write(zeros);
            }
            z.closeEntry();
        }
        return zip;
    }

    /** Rewrites the uncompressed size in the central directory (the local header of a streamed entry says 0). */
    static void declareSize(Path zip, int size) throws Exception {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int patched = 0;
        for (int i = 0; i + 4 <= bytes.length; i++) {
            if (b.getInt(i) == 0x02014b50) { // central directory file header
                b.putInt(i + 24, size);
                patched++;
            } else if (b.getInt(i) == 0x08074b50 && i + 16 <= bytes.length) { // data descriptor
                b.putInt(i + 12, size);
            }
        }
        assertThat(patched).isEqualTo(1);
        Files.write(zip, bytes);
    }

    /** Every file of the data folder with its size and digest. */
    static Map<String, String> snapshot(Path data) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                files.put(data.relativize(p).toString(), Files.size(p) + " " + HexFormat.of().formatHex(sha.digest(Files.readAllBytes(p))));
            }
        }
        return files;
    }
}
