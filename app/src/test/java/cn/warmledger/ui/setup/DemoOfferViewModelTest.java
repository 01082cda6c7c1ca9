package cn.warmledger.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.service.demo.DemoDataService;

class DemoOfferViewModelTest {
    @TempDir
    Path dir;

    @Test
    void openingHandsTheFilledDemoFolderToTheWindow() {
        List<AppContext> opened = new ArrayList<>();
        try (AppContext app = AppContext.open(new AppPaths(dir.resolve("data")))) {
            DemoOfferViewModel vm = new DemoOfferViewModel(new DemoDataService(app.paths()), TaskRunner.direct());
            assertThat(vm.intro()).contains(String.valueOf(new DemoDataService(app.paths()).recipientCount())).contains("演示");

            vm.open(opened::add);

            assertThat(opened).singleElement().satisfies(demo -> {
                assertThat(demo.paths().dataDir()).isEqualTo(dir.resolve("data-demo"));
                assertThat(demo.recipients().count()).isEqualTo(new DemoDataService(app.paths()).recipientCount());
            });
            assertThat(vm.errorProperty().get()).isNull();
            assertThat(vm.openingProperty().get()).isFalse();
            assertThat(app.setup().isSetUp()).isFalse();
        } finally {
            opened.forEach(AppContext::close);
        }
    }

    @Test
    void aFolderThatCannotBeCreatedShowsTheReasonAndOpensNothing() throws Exception {
        Files.writeString(dir.resolve("data-demo"), "a file where the demo folder should go");
        List<AppContext> opened = new ArrayList<>();
        try (AppContext app = AppContext.open(new AppPaths(dir.resolve("data")))) {
            DemoOfferViewModel vm = new DemoOfferViewModel(new DemoDataService(app.paths()), TaskRunner.direct());
            vm.open(opened::add);
            assertThat(opened).isEmpty();
            assertThat(vm.errorProperty().get()).startsWith("无法打开演示数据");
            assertThat(vm.openingProperty().get()).isFalse();
        }
    }
}
