package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.Organization;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;

/** 设置 → 下级单位 without a window: save, choose to edit, refusal in the error line, remove. */
class UnitsViewModelTest {
    @TempDir
    Path dir;
    AppContext app;
    UnitsViewModel vm;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        vm = new UnitsViewModel(app.units(), TaskRunner.direct());
        vm.reload();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void savesEditsAndRemoves() {
        vm.code.set("341201");
        vm.name.set("城关镇总工会");
        vm.phone.set("0558-2212345");
        vm.save();
        assertThat(vm.rows).extracting(Organization::name).containsExactly("城关镇总工会");
        assertThat(vm.code.get()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("共 1 个下级单位");

        vm.selected.set(vm.rows.get(0));
        assertThat(vm.phone.get()).isEqualTo("0558-2212345");
        vm.name.set("城关镇工会联合会");
        vm.save();
        assertThat(vm.rows).extracting(Organization::name).containsExactly("城关镇工会联合会");

        vm.code.set("341202");
        vm.name.set("");
        vm.save();
        assertThat(vm.errorProperty().get()).startsWith("单位名称：");
        assertThat(vm.code.get()).isEqualTo("341202");
        assertThat(vm.rows).hasSize(1);

        vm.remove(vm.rows.get(0));
        assertThat(vm.rows).isEmpty();
    }
}
