package cn.warmledger.service.safety;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;

/**
 * Issue 19 point 11: a damaged or altered backup is called so, a wrong password is called a wrong password
 * (H2 itself says "wrong password" for both when the salt or header of an encrypted file is altered).
 */
@H2FileOnly("the backup zip of the H2 file")
class TamperedBackupTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("Tamper-Secret-19");
    @TempDir
    Path dir;

    @Test
    void aWrongPasswordAndAnAlteredBackupGetDifferentMessages() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            Path good = app.backups().backupTo(dir.resolve("bk"));
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));

            assertThatThrownBy(() -> app.backups().restore(good, DatabasePassword.of("Other-Secret-20")))
                    .isInstanceOf(WrongPasswordException.class).hasMessageContaining("备份的密码与输入的不同")
                    .hasMessageNotContaining("损坏");

            // the encryption salt altered (H2 alone reports this as a wrong password), then a header block, then data
            for (int[] spot : new int[][] {{12, 4}, {4096 + 40, 1}, {8192 + 4096 + 100, 3}}) {
                Path altered = alter(good, dir.resolve("altered-" + spot[0] + ".zip"),
                        db -> { for (int i = 0; i < spot[1]; i++) { db[spot[0] + i] ^= 0x5a; } });
                assertThatThrownBy(() -> app.backups().restore(altered, null)).as("offset %d", spot[0])
                        .hasMessageContaining("已损坏或被改动").hasMessageNotContaining("密码与输入的不同")
                        .hasMessageContaining("当前数据没有改动");
                assertThat(app.recipients().count()).isEqualTo(2);
            }
            assertThat(app.backups().restore(good, null).check().counts().get("recipient")).isEqualTo(1);
        }
    }

    @Test
    void anAlteredSaltIsCalledTamperedNotAWrongPassword() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            Path good = app.backups().backupTo(dir.resolve("bk"));
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
            byte[] saltBefore = Files.readAllBytes(data.resolve("warmledger.kdf"));
            // one hex digit of the salt (the last field of "pbkdf2-sha256 ITERATIONS SALT-HEX") changed
            Path altered = alter(good, dir.resolve("salt.zip"), "warmledger.kdf", kdf -> {
                String text = new String(kdf, java.nio.charset.StandardCharsets.US_ASCII).strip();
                int last = text.length() - 1;
                assertThat(text).matches("pbkdf2-sha256 \\d+ [0-9a-f]{32}");
                System.arraycopy((text.charAt(last) == '0' ? "1" : "0").getBytes(), 0, kdf, last, 1);
            });
            assertThatThrownBy(() -> app.backups().restore(altered, null))
                    .hasMessageContaining("已损坏或被改动").hasMessageNotContaining("密码与输入的不同")
                    .hasMessageContaining("当前数据没有改动");
            assertThat(app.recipients().count()).isEqualTo(2);
            assertThat(data.resolve("warmledger.kdf")).hasBinaryContent(saltBefore);
        }
    }

    static Path alter(Path backup, Path target, Consumer<byte[]> change) throws Exception {
        return alter(backup, target, "warmledger.mv.db", change);
    }

    /** The backup re-zipped (valid CRCs, the seal copied as it was) with one entry's bytes altered. */
    static Path alter(Path backup, Path target, String entry, Consumer<byte[]> change) throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertThat(entries).containsKey("warmledger.mv.db.sha256");
        change.accept(entries.get(entry));
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return target;
    }
}
