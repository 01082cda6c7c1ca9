package cn.warmledger.service.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.ServerAddress;

/**
 * The connection settings file (issue 18, docs/decisions/18-3): outside the database, owner-only, the server's
 * password only encrypted and only for the server it was saved for.
 */
class ConnectionFileTest {
    static final String SECRET = "Fuwuqi#2026pw";
    static final ServerAddress OFFICE = new ServerAddress("192.168.1.20", 5432, "warmledger", "county", true);
    @TempDir
    Path dir;

    @Test
    void noFileMeansTheLocalDatabase() {
        ConnectionFile file = new ConnectionFile(dir);
        assertThat(file.read()).isEqualTo(ConnectionFile.Choice.LOCAL);
        assertThat(file.password()).isEmpty();
        assertThat(Files.exists(file.file())).isFalse();
    }

    @Test
    void theServerIsSavedOwnerOnlyWithThePasswordEncrypted() throws Exception {
        ConnectionFile file = new ConnectionFile(dir);
        file.chooseServer(OFFICE, DatabasePassword.of(SECRET));

        ConnectionFile.Choice read = new ConnectionFile(dir).read();
        assertThat(read.useServer()).isTrue();
        assertThat(read.server()).isEqualTo(OFFICE);
        assertThat(read.passwordSaved()).isTrue();
        assertThat(new ConnectionFile(dir).password().orElseThrow().matches(DatabasePassword.of(SECRET))).isTrue();

        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        assertThat(text).contains("server.host=192.168.1.20").contains("server.user=county")
                .doesNotContain(SECRET).doesNotContain(java.util.Base64.getEncoder()
                        .encodeToString(SECRET.getBytes(StandardCharsets.UTF_8)));
        for (Path f : new Path[] {file.file(), dir.resolve(ConnectionFile.KEY_FILE)}) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-------");
        }

        // saved again without a password: the same server keeps it; a new password replaces it
        file.chooseServer(OFFICE, null);
        assertThat(file.password().orElseThrow().matches(DatabasePassword.of(SECRET))).isTrue();
        file.chooseServer(OFFICE, DatabasePassword.of("Xin#2027pw"));
        assertThat(file.password().orElseThrow().matches(DatabasePassword.of("Xin#2027pw"))).isTrue();
    }

    @Test
    void thePasswordBelongsToItsServerAndItsKey() throws Exception {
        ConnectionFile file = new ConnectionFile(dir);
        file.chooseServer(OFFICE, DatabasePassword.of(SECRET));
        ServerAddress elsewhere = new ServerAddress("evil.example.com", 5432, "warmledger", "county", true);
        assertThatThrownBy(() -> file.chooseServer(elsewhere, null)).hasMessage("密码：必填，不能为空");

        // someone points the file at another server by hand: the password is not handed to it
        String text = Files.readString(file.file(), StandardCharsets.UTF_8);
        Files.writeString(file.file(), text.replace("192.168.1.20", "evil.example.com"), StandardCharsets.UTF_8);
        assertThatThrownBy(file::password).hasMessageContaining("保存的服务器密码无法解密");
        Files.writeString(file.file(), text, StandardCharsets.UTF_8);
        assertThat(file.password()).isPresent();

        Files.delete(dir.resolve(ConnectionFile.KEY_FILE));
        assertThatThrownBy(file::password).hasMessageContaining("connection.key");
    }

    @Test
    void switchingBackToTheLocalDatabaseKeepsTheServerForLater() {
        ConnectionFile file = new ConnectionFile(dir);
        file.chooseServer(OFFICE, DatabasePassword.of(SECRET));
        file.chooseLocal();
        ConnectionFile.Choice read = file.read();
        assertThat(read.useServer()).isFalse();
        assertThat(read.server()).isEqualTo(OFFICE);
        file.chooseServer(OFFICE, null);
        assertThat(file.read().useServer()).isTrue();
    }
}
