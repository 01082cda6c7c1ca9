package cn.warmledger.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.ui.common.WorkOnlyTaskRunner;

/** The first-run page shows what was set beforehand from the command line, and completes with it off the FX thread. */
class FirstRunViewModelTest {
    @TempDir
    Path dir;

    @Test
    void valuesSetBeforehandAreShownAndKept() {
        try (AppContext app = AppContext.open(new AppPaths(dir))) {
            app.settings().setAll(Map.of("org.code", "341200", "org.name", "某某县总工会", "org.parent", "某某市总工会"));
            var known = app.setup().known();
            FirstRunViewModel vm = new FirstRunViewModel(app.setup(), WorkOnlyTaskRunner.guarding(app), known, null);
            assertThat(vm.orgCode.get()).isEqualTo("341200");
            assertThat(vm.orgName.get()).isEqualTo("某某县总工会");
            assertThat(vm.parentName.get()).isEqualTo("某某市总工会");
            assertThat(vm.operatorName.get()).isEmpty();

            vm.operatorName.set("县干事");
            boolean[] done = {false};
            vm.complete(() -> done[0] = true);
            assertThat(done[0]).as(String.valueOf(vm.errorProperty().get())).isTrue();
            assertThat(vm.busyProperty().get()).isFalse();
            app.checkEachDatabaseAccess(null);
            assertThat(app.setup().isSetUp()).isTrue();
            assertThat(app.setup().self().orElseThrow().code()).isEqualTo("341200");
        }
    }

    @Test
    void theSignedInOperatorIsOfferedAndARefusalNamesTheField() {
        try (AppContext app = AppContext.open(new AppPaths(dir))) {
            var known = app.setup().known();
            FirstRunViewModel vm = new FirstRunViewModel(app.setup(), WorkOnlyTaskRunner.guarding(app), known, "张干事");
            assertThat(vm.operatorName.get()).isEqualTo("张干事");
            vm.orgName.set("城关镇总工会");
            boolean[] done = {false};
            vm.complete(() -> done[0] = true);
            assertThat(done[0]).isFalse();
            assertThat(vm.errorProperty().get()).contains("单位代码").contains("必填");
            assertThat(vm.busyProperty().get()).isFalse();
            app.checkEachDatabaseAccess(null);
            assertThat(app.setup().isSetUp()).isFalse();
        }
    }
}
