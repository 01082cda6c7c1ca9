package cn.warmledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.demo.DemoDataService;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.ui.common.TaskRunner;

/** 迁移到单位服务器's view model on the real test cluster: the comparison as lines, a non-empty target refused. */
class MoveInViewModelTest {
    @TempDir
    Path dir;

    @Test
    void theMoveShowsOneLinePerTableAndMoneyColumnAllEqualThenASecondMoveIsRefusedInChinese() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("vm_move");
        try (AppContext demo = new DemoDataService(new AppPaths(dir.resolve("warmledger"))).open()) {
            MoveInViewModel vm = new MoveInViewModel(demo.moveIn(), TaskRunner.direct());
            char[] password = cluster.password();
            vm.start(target, password);

            assertThat(password).containsOnly('\0'); // wiped once used
            assertThat(vm.errorProperty().get()).isEmpty();
            assertThat(vm.allEqualProperty().get()).isTrue();
            assertThat(vm.busyProperty().get()).isFalse();
            assertThat(vm.statusProperty().get()).contains("迁移完成").contains(target.database());
            assertThat(vm.lines()).contains("慰问记录：行数 本机 6，服务器 6，一致")
                    .anySatisfy(l -> assertThat(l).startsWith("慰问记录：慰问金合计 本机 ").endsWith("一致"))
                    .noneMatch(l -> l.contains("不一致"))
                    .noneMatch(l -> l.matches(".*[a-z_]{4,}.*")); // tables and columns named in Chinese

            vm.start(target, cluster.password());
            assertThat(vm.errorProperty().get()).contains("目标数据库不是空的").contains("慰问对象");
            assertThat(vm.lines()).isEmpty();
            assertThat(vm.allEqualProperty().get()).isFalse();
        }
    }
}
