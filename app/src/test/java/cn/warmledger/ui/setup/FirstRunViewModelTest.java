package cn.warmledger.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.service.AppContext;
import cn.warmledger.service.AppPaths;

/** The first-run page shows what was set beforehand from the command line, and completes with it. */
class FirstRunViewModelTest {
    @TempDir
    Path dir;

    @Test
    void valuesSetBeforehandAreShownAndKept() {
        try (AppContext app = AppContext.open(new AppPaths(dir))) {
            app.settings().setAll(Map.of("org.code", "341200", "org.name", "某某县总工会", "org.parent", "某某市总工会"));
            FirstRunViewModel vm = new FirstRunViewModel(app.setup());
            assertThat(vm.orgCode.get()).isEqualTo("341200");
            assertThat(vm.orgName.get()).isEqualTo("某某县总工会");
            assertThat(vm.parentName.get()).isEqualTo("某某市总工会");
            assertThat(vm.operatorName.get()).isEmpty();

            vm.prefillOperator("县干事");
            assertThat(vm.complete()).as(String.valueOf(vm.errorProperty().get())).isTrue();
            assertThat(app.setup().isSetUp()).isTrue();
            assertThat(app.setup().self().orElseThrow().code()).isEqualTo("341200");
        }
    }
}
