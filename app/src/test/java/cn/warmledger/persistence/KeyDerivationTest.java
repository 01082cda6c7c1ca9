package cn.warmledger.persistence;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.zip.ZipFile;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/** Issue 19.2: H2's file key is derived with PBKDF2-HMAC-SHA256 over many iterations and a salt beside the file. */
@H2FileOnly("the file key derived from the password encrypts the H2 file; a server has its own logins")
class KeyDerivationTest {
    static final String A = "Folder-A-Secret-1";
    static final String B = "Folder-B-Secret-2";
    @TempDir
    Path dir;

    @Test
    void aNewFolderIsKeyedWithTheSlowDerivationNotThePasswordItself() throws Exception {
        Path data = dir.resolve("a");
        TestApp.open(data, DatabasePassword.of(A)).close();
        String[] kdf = Files.readString(data.resolve("warmledger.kdf")).strip().split(" ");
        assertThat(kdf[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(kdf[1])).isGreaterThanOrEqualTo(310_000);
        byte[] salt = HexFormat.of().parseHex(kdf[2]);
        assertThat(salt).hasSize(16);
        // the 8-1 key (hex of the password) no longer opens the file; the derivation, done here independently, does
        assertThat(opens(data, HexFormat.of().formatHex(A.getBytes(StandardCharsets.UTF_8)))).isFalse();
        byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(A.toCharArray(), salt, Integer.parseInt(kdf[1]), 256)).getEncoded();
        assertThat(opens(data, HexFormat.of().formatHex(key))).isTrue();
        assertThatThrownBy(() -> AppContext.open(new AppPaths(data), DatabasePassword.of(B)))
                .isInstanceOf(WrongPasswordException.class);
    }

    @Test
    void aBackupCarriesItsSaltAndIsReKeyedForTheFolderItIsRestoredInto() throws Exception {
        Path backup;
        try (AppContext a = TestApp.open(dir.resolve("a"), DatabasePassword.of(A))) {
            a.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            backup = a.backups().backupTo(dir.resolve("u-disk"));
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertThat(zip.getEntry("warmledger.kdf")).isNotNull();
        }
        Path b = dir.resolve("b");
        try (AppContext app = TestApp.open(b, DatabasePassword.of(B))) {
            app.backups().restore(backup, DatabasePassword.of(A));
            assertThat(app.recipients().count()).isEqualTo(1);
        }
        try (AppContext app = AppContext.open(new AppPaths(b), DatabasePassword.of(B))) {
            assertThat(app.recipients().count()).isEqualTo(1);
        }
        assertThatThrownBy(() -> AppContext.open(new AppPaths(b), DatabasePassword.of(A)))
                .isInstanceOf(WrongPasswordException.class);
    }

    /** Review point 3: a crafted salt file (endless iterations, a short salt) is damage, refused at once. */
    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aCraftedSaltFileIsRefusedAsDamagedInsteadOfHangingTheRestore() throws Exception {
        Path backup;
        try (AppContext a = TestApp.open(dir.resolve("a"), DatabasePassword.of(A))) {
            a.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            backup = a.backups().backupTo(dir.resolve("u-disk"));
        }
        String salt = "00112233445566778899aabbccddeeff";
        Path b = dir.resolve("b");
        try (AppContext app = TestApp.open(b, DatabasePassword.of(A))) {
            for (String crafted : new String[] {"pbkdf2-sha256 2000000000 " + salt, "pbkdf2-sha256 1 " + salt,
                    "pbkdf2-sha256 310000 0011"}) {
                Path zip = withSalt(backup, dir.resolve("crafted.zip"), crafted);
                long started = System.nanoTime();
                assertThatThrownBy(() -> app.backups().restore(zip, null)).as(crafted)
                        .hasMessageContaining("已损坏或不完整").hasMessageContaining("当前数据没有改动");
                assertThat((System.nanoTime() - started) / 1_000_000_000).as(crafted).isLessThan(60);
                assertThat(app.recipients().count()).isZero();
            }
        }
        // the folder's own salt file damaged the same way: the folder is called damaged, not opened for hours
        Files.writeString(b.resolve("warmledger.kdf"), "pbkdf2-sha256 2000000000 " + salt + "\n");
        assertThatThrownBy(() -> AppContext.open(new AppPaths(b), DatabasePassword.of(A)))
                .hasMessageContaining("已损坏");
    }

    /** The backup re-zipped without its seal (as one made before seals) and with {@code kdf} as its salt file. */
    private static Path withSalt(Path backup, Path target, String kdf) throws Exception {
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(backup));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(target))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".sha256")) {
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(e.getName().equals("warmledger.kdf") ? (kdf + "\n").getBytes(StandardCharsets.US_ASCII) : bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    private static boolean opens(Path data, String filePassword) {
        String url = "jdbc:h2:file:" + data.resolve("warmledger").toAbsolutePath() + ";CIPHER=AES;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, "sa", filePassword + " ")) {
            c.createStatement().execute("SHUTDOWN");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
