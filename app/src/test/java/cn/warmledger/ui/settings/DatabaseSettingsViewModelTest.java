package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.settings.ConnectionFile;
import cn.warmledger.service.settings.DatabaseConnectionService;
import cn.warmledger.ui.common.ScriptedTaskRunner;

/**
 * 设置 → 数据库 without a window: a bad field is named in Chinese and nothing is saved; 保存 writes the connection
 * file for the next start; 测试连接 of a server that does not answer says so.
 */
class DatabaseSettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void badInputNamesTheFieldAndSavesNothing() {
        DatabaseSettingsViewModel vm = loaded();
        vm.useServer.set(true);
        vm.port.set("5432");
        vm.database.set("warmledger");
        vm.user.set("county");
        vm.password.set("Fuwuqi#2026");
        vm.save(c -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("服务器地址：必填，不能为空");
        vm.host.set("192.168.1.20");
        vm.port.set("54３2a");
        vm.save(c -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("端口：“54３2a”不是有效端口（1–65535）");
        vm.port.set("70000");
        vm.testConnection();
        assertThat(vm.errorProperty().get()).isEqualTo("端口：“70000”不是有效端口（1–65535）");
        vm.port.set("5432");
        vm.database.set("  ");
        vm.save(c -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("数据库名：必填，不能为空");
        vm.database.set("warm ledger");
        vm.save(c -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("数据库名：不能有空格");
        assertThat(new ConnectionFile(dir).read()).isEqualTo(ConnectionFile.Choice.LOCAL);

        vm.database.set("warmledger");
        vm.user.set("");
        vm.save(c -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("用户名：必填，不能为空");
    }

    @Test
    void saveWritesTheServerForTheNextStartAndAPasswordIsNeverShownBack() {
        DatabaseSettingsViewModel vm = loaded();
        vm.useServer.set(true);
        vm.host.set(" 192.168.1.20 ");
        vm.database.set("warmledger");
        vm.user.set("county");
        vm.ssl.set(true);
        vm.save(c -> { });
        assertThat(vm.errorProperty().get()).isEqualTo("密码：必填，不能为空");
        vm.password.set("Fuwuqi#2026");
        ConnectionFile.Choice[] saved = new ConnectionFile.Choice[1];
        vm.save(c -> saved[0] = c);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get()).isEqualTo("已保存：下次启动时连接单位服务器");
        assertThat(saved[0].server()).isEqualTo(new ServerAddress("192.168.1.20", 5432, "warmledger", "county", true));
        assertThat(vm.password.get()).isEmpty();
        assertThat(vm.passwordSaved.get()).isTrue();

        DatabaseSettingsViewModel again = loaded();
        assertThat(again.useServer.get()).isTrue();
        assertThat(again.host.get()).isEqualTo("192.168.1.20");
        assertThat(again.ssl.get()).isTrue();
        assertThat(again.password.get()).isEmpty();
        again.useServer.set(false);
        again.save(c -> { });
        assertThat(again.resultProperty().get()).isEqualTo("已保存：下次启动时使用本机数据库");
        assertThat(new ConnectionFile(dir).read().useServer()).isFalse();
    }

    @Test
    void testingAServerThatDoesNotAnswerSaysSo() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        DatabaseSettingsViewModel vm = loaded();
        vm.useServer.set(true);
        vm.host.set("127.0.0.1");
        vm.port.set(String.valueOf(port));
        vm.database.set("warmledger");
        vm.user.set("county");
        vm.password.set("Fuwuqi#2026");
        vm.testConnection();
        assertThat(vm.testingProperty().get()).isFalse();
        assertThat(vm.resultProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).startsWith("连不上单位服务器 127.0.0.1:" + port);
    }

    private DatabaseSettingsViewModel loaded() {
        DatabaseSettingsViewModel vm = new DatabaseSettingsViewModel(new DatabaseConnectionService(dir),
                new ScriptedTaskRunner(Set.of(), Map.of()));
        vm.load();
        return vm;
    }
}
