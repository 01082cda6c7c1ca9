package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.SubmissionState;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.SubmissionRequest;
import cn.warmledger.ui.common.WorkOnlyTaskRunner;

/** 设置 → 本单位 without a window: shown, saved in one go, refused by field, and a code change warned about. */
class OrgSettingsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private OrgSettingsViewModel loaded() {
        OrgSettingsViewModel vm = new OrgSettingsViewModel(app.settings(), app.outbox(), app.operator(),
                WorkOnlyTaskRunner.guarding(app));
        vm.load();
        return vm;
    }

    @Test
    void showsWhatTheFirstRunStoredAndSavesEveryFieldAtOnce() {
        OrgSettingsViewModel vm = loaded();
        assertThat(vm.orgName.get()).isEqualTo("城关镇总工会");
        assertThat(vm.orgCode.get()).isEqualTo("340102001");
        assertThat(vm.parentName.get()).isEqualTo("某某县总工会");
        assertThat(vm.minimumLivingStandard.get()).isEqualTo("650.00");
        assertThat(vm.preparer.get()).isEmpty();
        assertThat(vm.preparerPromptProperty().get()).contains("当前操作员").contains("张干事");

        vm.orgName.set("城关镇工会联合会");
        vm.phone.set("0551-62345678");
        vm.preparer.set("李会计");
        vm.minimumLivingStandard.set("700");
        List<String> asked = new ArrayList<>();
        vm.save(w -> asked.add(w) && false);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.resultProperty().get()).isEqualTo("已保存");
        assertThat(asked).as("no code change, no warning").isEmpty();
        app.checkEachDatabaseAccess(null);
        assertThat(app.settings().get("org.name")).hasValue("城关镇工会联合会");
        assertThat(app.settings().get("org.phone")).hasValue("0551-62345678");
        assertThat(app.settings().get("org.preparer")).hasValue("李会计");
        assertThat(app.setup().minimumLivingStandard()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("700"));
        assertThat(app.setup().self()).hasValueSatisfying(o -> assertThat(o.name()).isEqualTo("城关镇工会联合会"));
    }

    @Test
    void aWrongFieldIsNamedAndNothingIsStored() {
        OrgSettingsViewModel vm = loaded();
        vm.orgName.set("城关镇工会联合会");
        vm.phone.set("12345");
        vm.save(w -> true);
        assertThat(vm.errorProperty().get()).contains("联系电话");
        vm.phone.set("");
        vm.orgCode.set(" ");
        vm.save(w -> true);
        assertThat(vm.errorProperty().get()).contains("单位代码").contains("必填");
        assertThat(vm.busyProperty().get()).isFalse();
        app.checkEachDatabaseAccess(null);
        assertThat(app.settings().get("org.name")).as("all or nothing").hasValue("城关镇总工会");
    }

    @Test
    void changingTheCodeAfterASubmissionWasSentAsksFirst() throws Exception {
        // one submission sent upward through the folder transport
        Path stick = Files.createDirectories(dir.resolve("U盘"));
        app.settings().setAll(Map.of("sync.transport", "folder", "sync.folder.path", stick.toString()));
        app.outbox().enqueue(new SubmissionRequest("HARDSHIP_SUMMARY", "甲.xlsx", null, null, 2026, null,
                List.of(Files.writeString(dir.resolve("甲.xlsx"), "甲")), Map.of(), null));
        app.outboxWorker().runOnce();
        assertThat(app.outbox().list()).extracting(s -> s.state()).containsExactly(SubmissionState.SENT);

        OrgSettingsViewModel vm = loaded();
        vm.orgCode.set("340102009");
        List<String> asked = new ArrayList<>();
        vm.save(w -> asked.add(w) && false);
        assertThat(asked).singleElement().asString().contains("340102001").contains("340102009").contains("上级");
        assertThat(vm.resultProperty().get()).contains("未保存");
        app.checkEachDatabaseAccess(null);
        assertThat(app.settings().get("org.code")).hasValue("340102001");

        vm = loaded();
        vm.orgCode.set("340102009");
        vm.save(w -> true);
        assertThat(vm.resultProperty().get()).isEqualTo("已保存");
        app.checkEachDatabaseAccess(null);
        assertThat(app.settings().get("org.code")).hasValue("340102009");
        assertThat(app.setup().self()).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("340102009"));
    }

    @Test
    void aFirstCodeNeedsNoWarning() {
        OrgSettingsViewModel vm = loaded();
        vm.orgCode.set("340102001");
        List<String> asked = new ArrayList<>();
        vm.save(w -> asked.add(w));
        assertThat(asked).isEmpty();
        assertThat(vm.resultProperty().get()).isEqualTo("已保存");
    }
}
