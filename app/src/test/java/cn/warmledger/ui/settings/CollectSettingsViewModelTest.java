package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.ReceivedSource;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;

/** 设置 → 收取方式 without a window: a preset, save, the saved password kept when the field is blank, a bad port. */
class CollectSettingsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    CollectSettingsViewModel vm;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        vm = new CollectSettingsViewModel(app.settings(), app.collecting(), TaskRunner.direct());
        vm.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void savesTheMailboxAndKeepsTheSavedPassword() {
        vm.applyPreset(MailPreset.NETEASE_163);
        assertThat(vm.imapHost.get()).isEqualTo("imap.163.com");
        assertThat(vm.imapPort.get()).isEqualTo("993");
        assertThat(vm.hintProperty().get()).contains("授权码");
        vm.imapUser.set("xzgh@163.com");
        vm.imapPassword.set("abcdefgh");
        vm.save();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(app.settings().get("collect.source")).hasValue("imap");
        assertThat(app.settings().get("collect.imap.security")).hasValue(EmailSecurity.SSL.settingValue());
        assertThat(app.settings().get("collect.imap.password")).hasValue("abcdefgh");
        assertThat(vm.imapPassword.get()).isEmpty();
        assertThat(vm.imapPasswordSaved.get()).isTrue();

        vm.source.set(ReceivedSource.FOLDER);
        vm.folderPath.set("/media/U盘/上报");
        vm.save();
        assertThat(app.settings().get("collect.source")).hasValue("folder");
        assertThat(app.settings().get("collect.imap.password")).hasValue("abcdefgh");

        CollectSettingsViewModel again = new CollectSettingsViewModel(app.settings(), app.collecting(), TaskRunner.direct());
        again.load();
        assertThat(again.source.get()).isEqualTo(ReceivedSource.FOLDER);
        assertThat(again.imapUser.get()).isEqualTo("xzgh@163.com");
        assertThat(again.folderPath.get()).isEqualTo("/media/U盘/上报");
    }

    @Test
    void testConnectionTriesWhatTheFormHoldsBeforeItIsSaved() throws Exception {
        vm.source.set(ReceivedSource.FOLDER);
        vm.folderPath.set(dir.resolve("不存在的U盘").toString());
        vm.testConnection();
        assertThat(vm.resultProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).contains("不存在的U盘");
        assertThat(vm.testingProperty().get()).isFalse();

        vm.folderPath.set(java.nio.file.Files.createDirectories(dir.resolve("U盘")).toString());
        vm.testConnection();
        assertThat(vm.resultProperty().get()).isEqualTo("连接成功");
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(app.settings().get("collect.folder.path")).as("a test saves nothing").isEmpty();

        vm.source.set(ReceivedSource.IMAP);
        vm.imapHost.set("127.0.0.1");
        vm.imapPort.set("1");
        vm.imapUser.set("xzgh@163.com");
        vm.imapSecurity.set(EmailSecurity.NONE);
        vm.testConnection();
        assertThat(vm.errorProperty().get()).isNotEmpty();
        assertThat(vm.resultProperty().get()).isEmpty();
    }

    @Test
    void aBadPortIsRefusedAndNothingIsSaved() {
        vm.imapHost.set("imap.qq.com");
        vm.imapPort.set("99999");
        vm.save();
        assertThat(vm.errorProperty().get()).contains("99999");
        assertThat(app.settings().get("collect.imap.host")).isEmpty();
    }
}
