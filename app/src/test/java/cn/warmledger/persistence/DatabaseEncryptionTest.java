package cn.warmledger.persistence;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;

/** H2's AES file cipher with the clerk's password: nothing readable on disk, a wrong password refused cleanly. */
@H2FileOnly("encryption at rest of the H2 file; a server database is the server's")
class DatabaseEncryptionTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("暖心 Pass-2026");
    @TempDir
    Path dir;

    @Test
    void aFileWrittenWithAPasswordHoldsNoStoredIdNumberOrPhoneInPlainBytes() throws Exception {
        Path plainDir = dir.resolve("plain");
        Path secretDir = dir.resolve("secret");
        for (Path d : new Path[] {plainDir, secretDir}) {
            try (AppContext app = TestApp.open(d, d == secretDir ? PASSWORD : null)) {
                app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            }
        }
        // the marker is ASCII: an unencrypted file shows it, so the search itself is sound
        assertThat(contains(plainDir, TestIds.FEMALE_1985)).isTrue();
        assertThat(contains(plainDir, "13905512345")).isTrue();
        assertThat(contains(secretDir, TestIds.FEMALE_1985)).isFalse();
        assertThat(contains(secretDir, "13905512345")).isFalse();
        assertThat(contains(secretDir, "CREATE TABLE")).isFalse();
        assertThat(new String(Files.readAllBytes(secretDir.resolve("warmledger.mv.db")), 0, 9,
                StandardCharsets.US_ASCII)).isEqualTo("H2encrypt");
    }

    @Test
    void aWrongOrMissingPasswordIsRefusedAndTheFileStillOpensWithTheRightOne() {
        Path d = dir.resolve("db");
        try (AppContext app = TestApp.open(d, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
        assertThatThrownBy(() -> AppContext.open(new AppPaths(d), DatabasePassword.of("wrong-password-1")))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("密码不对");
        assertThatThrownBy(() -> AppContext.open(new AppPaths(d), null))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("需要输入密码");
        try (AppContext app = AppContext.open(new AppPaths(d), PASSWORD)) {
            assertThat(app.recipients().count()).isEqualTo(1);
            assertThat(app.passwords().encrypted()).isTrue();
        }
    }

    @Test
    void anUnencryptedFolderKeepsOpeningWithoutAPasswordAndCanBeEncrypted() throws Exception {
        Path d = dir.resolve("old");
        try (AppContext app = TestApp.open(d)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            assertThat(app.passwords().encrypted()).isFalse();
            app.passwords().change(null, PASSWORD);
            assertThat(app.passwords().encrypted()).isTrue();
            // the same context keeps working on the re-encrypted file
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        }
        assertThat(contains(d, TestIds.FEMALE_1985)).isFalse();
        try (AppContext app = AppContext.open(new AppPaths(d), PASSWORD)) {
            assertThat(app.recipients().count()).isEqualTo(2);
        }
    }

    @Test
    void changingThePasswordChecksTheCurrentOneAndTheNewOneOpens() {
        Path d = dir.resolve("change");
        DatabasePassword next = DatabasePassword.of("另一个-Secret-99");
        try (AppContext app = TestApp.open(d, PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            assertThatThrownBy(() -> app.passwords().change(DatabasePassword.of("not-the-one-1"), next))
                    .isInstanceOf(WrongPasswordException.class);
            assertThatThrownBy(() -> app.passwords().change(PASSWORD, DatabasePassword.of("short")))
                    .hasMessageContaining("至少 8");
            // 修改密码 in the window goes through the same check (issue 19 point 2)
            assertThatThrownBy(() -> app.passwords().change(PASSWORD, DatabasePassword.of("0551623456")))
                    .hasMessageContaining("只用了一种字符");
            app.passwords().change(PASSWORD, next);
            assertThat(app.recipients().count()).isEqualTo(1);
        }
        assertThatThrownBy(() -> AppContext.open(new AppPaths(d), PASSWORD)).isInstanceOf(WrongPasswordException.class);
        try (AppContext app = AppContext.open(new AppPaths(d), next)) {
            assertThat(app.recipients().count()).isEqualTo(1);
        }
    }

    static boolean contains(Path dataDir, String ascii) throws Exception {
        byte[] file = Files.readAllBytes(dataDir.resolve("warmledger.mv.db"));
        byte[] needle = ascii.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= file.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (file[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
