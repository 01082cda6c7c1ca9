package cn.warmledger.ui.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.ui.common.ServerAwareTasks;
import cn.warmledger.ui.common.TaskRunner;

/**
 * The recipient form while the server is gone (docs/decisions/18-6): 保存 keeps what was typed and says so; closed
 * before the server answers, nothing is saved; left open, it is saved when the server answers.
 */
class RecipientFormServerLostTest {
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.openOnServer(dir);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aFormLeftOpenIsSavedWhenTheServerAnswersAndAClosedOneIsNot() {
        ServerAwareTasks tasks = new ServerAwareTasks(TaskRunner.direct(), app.serverLink(), Runnable::run);
        RecipientFormViewModel kept = form(tasks, TestIds.FEMALE_1985, "汪惠珍");
        RecipientFormViewModel closed = form(tasks, TestIds.MALE_1962, "韩雷");
        List<Long> saved = new ArrayList<>();

        PostgresCluster cluster = PostgresCluster.get();
        cluster.stop();
        try {
            kept.save(saved::add);
            closed.save(saved::add);
            assertThat(kept.saveErrorProperty().get()).startsWith("服务器连接中断").contains("没有保存");
            assertThat(kept.name.get()).isEqualTo("汪惠珍");
            assertThat(kept.idNumber.get()).isEqualTo(TestIds.FEMALE_1985);
            assertThat(kept.phone.get()).isEqualTo("0551-62345678");
            assertThat(kept.savingProperty().get()).as("保存 can be pressed again").isFalse();
            closed.discardWaitingSave(); // the clerk closed that window
            assertThat(tasks.waitingSaves()).isEqualTo(1);
        } finally {
            cluster.restart();
        }

        app.serverLink().checkNow();

        assertThat(saved).as(String.valueOf(kept.saveErrorProperty().get())).hasSize(1);
        assertThat(app.recipients().search(new RecipientQuery("", null, null, null, null, false, 10)))
                .extracting(r -> r.name()).containsExactly("汪惠珍");
    }

    private RecipientFormViewModel form(TaskRunner tasks, String idNumber, String name) {
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), tasks, Optional.empty());
        vm.startNew();
        vm.category.set(RecipientCategory.MODEL_WORKER);
        vm.idNumber.set(idNumber);
        vm.name.set(name);
        vm.phone.set("0551-62345678");
        vm.employer.set("合肥热电集团");
        return vm;
    }
}
