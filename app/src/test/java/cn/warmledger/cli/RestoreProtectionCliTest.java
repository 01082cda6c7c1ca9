package cn.warmledger.cli;

import cn.warmledger.cli.CliRun.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestIds;
import cn.warmledger.persistence.Database;

/** Issue 19 point 1: a restore never lowers protection (docs/decisions/19-1). */
class RestoreProtectionCliTest {
    static final String SECRET = "Folder-Secret-19";
    @TempDir
    Path dir;

    Result run(Map<String, String> env, String... args) {
        return CliRun.run(env, args);
    }

    /** The recipe: a folder without a password, an import, a backup of it. */
    Path unencryptedBackup() throws Exception {
        String plain = dir.resolve("plain").toString();
        Path names = dir.resolve("名单.csv");
        Files.writeString(names, "姓名,身份证号码,手机号码,对象类别\n韩雷," + TestIds.MALE_1980 + ",13905512345,劳模\n");
        Result imported = run(Map.of(), "--data-dir", plain, "--unencrypted", "import", "recipients", names.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Result backup = run(Map.of(), "--data-dir", plain, "--unencrypted", "backup", "--to", dir.resolve("bk").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        Path zip = Path.of(backup.out().strip());
        assertThat(databaseBytesIn(zip)).as("the backup itself is plain").contains(TestIds.MALE_1980);
        return zip;
    }

    @Test
    void anUnencryptedBackupRestoredIntoAnEncryptedFolderIsReKeyedWithTheFoldersPassword() throws Exception {
        Path zip = unencryptedBackup();
        Map<String, String> env = Map.of("WARMLEDGER_PASSWORD", SECRET);
        Path secret = dir.resolve("secret");
        assertThat(run(env, "--data-dir", secret.toString(), "self-check").code()).isZero();
        assertThat(Database.isEncrypted(secret)).isTrue();

        Result restored = run(env, "--data-dir", secret.toString(), "restore", zip.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("recipient\t1").contains("恢复完成");
        assertThat(restored.err()).doesNotContain("没有加密");

        assertThat(Database.isEncrypted(secret)).isTrue();
        String onDisk = new String(Files.readAllBytes(secret.resolve("warmledger.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(onDisk).doesNotContain(TestIds.MALE_1980).doesNotContain("13905512345");
        Result without = run(Map.of(), "--data-dir", secret.toString(), "recipients", "list");
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("需要输入密码");
        assertThat(run(Map.of("WARMLEDGER_PASSWORD", "Other-Secret-20"), "--data-dir", secret.toString(),
                "recipients", "list").code()).isEqualTo(1);
        Result with = run(env, "--data-dir", secret.toString(), "recipients", "list", "--full-id");
        assertThat(with.code()).isZero();
        assertThat(with.out()).contains(TestIds.MALE_1980).contains("韩雷");
        assertThat(secret.resolve("swap.tmp")).doesNotExist();
    }

    @Test
    void anUnencryptedBackupIntoAnUnencryptedFolderSaysTheDataIsUnencrypted() throws Exception {
        Path zip = unencryptedBackup();
        String other = dir.resolve("other").toString();
        assertThat(run(Map.of(), "--data-dir", other, "--unencrypted", "self-check").code()).isZero();
        Result restored = run(Map.of(), "--data-dir", other, "--unencrypted", "restore", zip.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.err()).contains("恢复的数据没有加密");
    }

    /** Review point 8: an unencrypted folder takes an encrypted backup's password, and the clerk is told so. */
    @Test
    void anEncryptedBackupIntoAnUnencryptedFolderSaysTheBackupsPasswordIsNeededFromNowOn() throws Exception {
        Map<String, String> env = Map.of("WARMLEDGER_PASSWORD", SECRET);
        String secret = dir.resolve("secret").toString();
        Path names = dir.resolve("名单.csv");
        Files.writeString(names, "姓名,身份证号码,手机号码,对象类别\n韩雷," + TestIds.MALE_1980 + ",13905512345,劳模\n");
        assertThat(run(env, "--data-dir", secret, "import", "recipients", names.toString()).code()).isZero();
        Result backup = run(env, "--data-dir", secret, "backup", "--to", dir.resolve("bk").toString());
        assertThat(backup.code()).as(backup.err()).isZero();
        Path zip = Path.of(backup.out().strip());
        Path plain = dir.resolve("plain");
        assertThat(run(Map.of(), "--data-dir", plain.toString(), "--unencrypted", "self-check").code()).isZero();
        Path passwordFile = dir.resolve("backup-password.txt");
        Files.writeString(passwordFile, SECRET);

        Result restored = run(Map.of(), "--data-dir", plain.toString(), "--unencrypted", "restore", zip.toString(),
                "--backup-password-file", passwordFile.toString());
        assertThat(restored.code()).as(restored.err()).isZero();
        assertThat(restored.out()).contains("恢复完成").contains("今后打开需输入做备份时的密码");
        assertThat(Database.isEncrypted(plain)).isTrue();
        Result with = run(env, "--data-dir", plain.toString(), "recipients", "list");
        assertThat(with.code()).as(with.err()).isZero();
        assertThat(with.out()).contains("韩雷");
        // a restore that keeps the folder's protection as it was says nothing of the kind
        Result again = run(env, "--data-dir", plain.toString(), "restore", zip.toString());
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).doesNotContain("今后打开需输入");
    }

    static String databaseBytesIn(Path zip) throws Exception {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    return new String(z.readAllBytes(), StandardCharsets.ISO_8859_1);
                }
            }
        }
        throw new AssertionError("no database in " + zip);
    }
}
