package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.TransportKind;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.ScriptedTaskRunner;

/**
 * 设置 → 上报方式 while the stored settings are still on their way (a busy disk): the form waits for them, so what
 * the clerk types is not replaced by them and a save cannot go out with the form's blank defaults.
 */
class SyncSettingsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        app.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", dir.resolve("U盘").toString()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theFormWaitsForTheStoredSettingsAndSavesNothingBeforeThem() {
        ScriptedTaskRunner slow = new ScriptedTaskRunner(Set.of("sync-settings-load"), Map.of());
        SyncSettingsViewModel vm = new SyncSettingsViewModel(app.settings(), app.outbox(), app.outboxWorker(), slow);
        vm.load();
        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.busyProperty().get()).isTrue();
        // Ctrl+S before the stored settings are shown: the blank e-mail form would be saved (or refused) otherwise
        vm.save(() -> { });
        assertThat(vm.resultProperty().get()).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(app.settings().get("sync.transport")).hasValue("folder");

        slow.release();
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.transport.get()).isEqualTo(TransportKind.FOLDER);
        assertThat(vm.folderPath.get()).isEqualTo(dir.resolve("U盘").toString());

        vm.folderPath.set(dir.resolve("共享盘").toString());
        vm.save(() -> { });
        assertThat(vm.resultProperty().get()).isEqualTo("已保存");
        assertThat(app.settings().get("sync.folder.path")).hasValue(dir.resolve("共享盘").toString());
        slow.release();
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.folderPath.get()).isEqualTo(dir.resolve("共享盘").toString());
    }
}
