package cn.warmledger.ui.visits;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.VisitSaved;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.ui.common.ServerAwareTasks;
import cn.warmledger.ui.common.TaskRunner;

/**
 * The visit form while the office's server is gone (issue 18 point 4; docs/decisions/18-6), on the real test
 * cluster stopped under it: 保存 keeps every field as typed, says 服务器连接中断 and that it was not saved, and the
 * visit is saved — once — as soon as the server answers again.
 */
class VisitFormServerLostTest {
    @TempDir
    Path dir;
    AppContext app;
    Campaign campaign;
    RecipientSummary hanLei;

    @BeforeEach
    void open() {
        app = TestApp.openOnServer(dir);
        long id = TestCampaigns.openCampaign(app);
        campaign = app.campaigns().list().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1962, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
        hanLei = app.recipients().search(new RecipientQuery("韩雷", null, null, null, null, false, 10)).get(0);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void aSaveWithTheServerDownKeepsTheFormAndIsSavedWhenItAnswers() {
        ServerAwareTasks tasks = new ServerAwareTasks(TaskRunner.direct(), app.serverLink(), Runnable::run);
        VisitFormViewModel vm = new VisitFormViewModel(app.visits(), app.recipients(), tasks, List.of(campaign),
                campaign);
        vm.startFor(hanLei);
        String day = campaign.startsOn().plusDays(1).toString();
        vm.visitedOn.textProperty().set(day);
        vm.cash.set("1,000.00元");
        vm.goods.set("米一袋、油一桶");
        vm.goodsValue.set("120");
        vm.visitors.set("王主席、张干事");
        vm.note.set("住院中，家属代领");
        List<VisitSaved> saved = new ArrayList<>();

        PostgresCluster cluster = PostgresCluster.get();
        cluster.stop();
        try {
            vm.save(null, saved::add, dup -> { });

            assertThat(saved).isEmpty();
            assertThat(vm.errorProperty().get()).startsWith("服务器连接中断").contains("没有保存").contains("自动保存");
            assertThat(app.serverLink().state().lost()).isTrue();
            assertThat(tasks.waitingSaves()).isEqualTo(1);
            assertThat(vm.recipient.get()).isEqualTo(hanLei);
            assertThat(vm.visitedOn.textProperty().get()).isEqualTo(day);
            assertThat(vm.cash.get()).isEqualTo("1,000.00元");
            assertThat(vm.goods.get()).isEqualTo("米一袋、油一桶");
            assertThat(vm.goodsValue.get()).isEqualTo("120");
            assertThat(vm.visitors.get()).isEqualTo("王主席、张干事");
            assertThat(vm.note.get()).isEqualTo("住院中，家属代领");
        } finally {
            cluster.restart();
        }

        assertThat(app.serverLink().checkNow().connected()).isTrue(); // what the link's timer does 2 s after the loss

        assertThat(saved).as(vm.errorProperty().get()).hasSize(1);
        assertThat(tasks.waitingSaves()).isZero();
        assertThat(vm.statusProperty().get()).contains("韩雷").contains("1000.00");
        assertThat(app.visits().search(VisitQuery.ofCampaign(campaign.id()))).singleElement().satisfies(v -> {
            assertThat(v.cash()).isEqualByComparingTo("1000.00");
            assertThat(v.note()).isEqualTo("住院中，家属代领");
        });
    }
}
