package cn.warmledger.service.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.persistence.DatabaseException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.service.demo.DemoDataService;
import cn.warmledger.testing.H2FileOnly;
import cn.warmledger.testing.PostgresCluster;

/** 迁移到单位服务器 on the real test cluster: the demo folder moved whole, compared, refused when the target has data. */
@H2FileOnly("moving in reads an H2 folder (the target is the test cluster in either run)")
class MoveInServiceTest {
    @TempDir
    Path dir;

    private AppContext demo(String name) {
        AppContext demo = new DemoDataService(new AppPaths(dir.resolve(name))).open();
        // a 下级单位 under 本单位: a row referring to its own table
        demo.units().save(new UnitDraft("D002", "城关镇第二基层工会", "李会计", "13900001111"));
        return demo;
    }

    @Test
    void theDemoDataMovesWholeEveryCountAndAmountComparedAndTheServerGoesOnWithNewIds() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("move_demo");
        Map<String, Integer> counts;
        BigDecimal cash;
        long lastCampaign;
        try (AppContext demo = demo("warmledger")) {
            counts = demo.tableCounts();
            List<VisitSummary> visits = demo.visits().search(VisitQuery.all());
            cash = visits.stream().map(VisitSummary::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
            lastCampaign = demo.campaigns().list().stream().mapToLong(c -> c.id()).max().orElseThrow();

            MoveInService.MoveResult result = demo.moveIn().moveTo(target, cluster.password(), Progress.none());

            assertThat(result.allEqual()).isTrue();
            assertThat(result.differing()).isEmpty();
            assertThat(result.tables()).extracting(MoveInService.TableComparison::table)
                    .containsExactlyInAnyOrderElementsOf(counts.keySet());
            for (MoveInService.TableComparison t : result.tables()) {
                assertThat(t.targetRows()).as(t.table()).isEqualTo(counts.get(t.table()).longValue());
            }
            MoveInService.TableComparison visitTable = result.tables().stream()
                    .filter(t -> t.table().equals("visit")).findFirst().orElseThrow();
            assertThat(visitTable.label()).isEqualTo("慰问记录");
            assertThat(visitTable.targetRows()).isEqualTo(visits.size()).isPositive();
            MoveInService.ColumnSum cashSum = visitTable.sums().stream().filter(s -> s.column().equals("cash"))
                    .findFirst().orElseThrow();
            assertThat(cashSum.target()).isEqualByComparingTo(cash).isPositive();
            assertThat(cashSum.source()).isEqualByComparingTo(cash);
        }
        try (AppContext server = AppContext.openServer(new AppPaths(dir.resolve("pc2")), target, cluster.password())) {
            assertThat(server.tableCounts()).isEqualTo(counts);
            assertThat(server.units().list()).extracting(u -> u.code()).contains("D002");
            // the identity sequences were moved past the copied ids: a new row does not collide
            long next = server.campaigns().save(new CampaignDraft(null, "服务器上新建的活动", CampaignKind.WARMTH,
                    LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1), new BigDecimal("1000"), null, List.of()));
            assertThat(next).isGreaterThan(lastCampaign);
        }
    }

    @Test
    void aTargetHoldingDataIsRefusedInChineseAndKeepsItsData() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("move_twice");
        Map<String, Integer> counts;
        try (AppContext first = demo("first")) {
            first.moveIn().moveTo(target, cluster.password(), Progress.none());
            counts = first.tableCounts();
        }
        try (AppContext second = demo("second")) {
            assertThatThrownBy(() -> second.moveIn().moveTo(target, cluster.password(), Progress.none()))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("目标数据库不是空的").hasMessageContaining("慰问对象")
                    .hasMessageNotContaining("recipient");
        }
        try (AppContext server = AppContext.openServer(new AppPaths(dir.resolve("pc")), target, cluster.password())) {
            assertThat(server.tableCounts().get("visit")).isEqualTo(counts.get("visit"));
            assertThat(server.tableCounts().get("recipient")).isEqualTo(counts.get("recipient"));
        }
    }

    @Test
    void aCancelHalfWayLeavesTheTargetEmptySoTheMoveCanSimplyBeRunAgain() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("move_cancel");
        try (AppContext demo = demo("warmledger")) {
            long[] seen = {0};
            Progress cancelAfterFirstBatch = new Progress() {
                @Override
                public void update(long done, long total) {
                    seen[0] = done;
                }

                @Override
                public boolean isCancelled() {
                    return seen[0] > 0;
                }
            };
            assertThatThrownBy(() -> demo.moveIn().moveTo(target, cluster.password(), cancelAfterFirstBatch))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("没有写入任何数据");
            assertThat(seen[0]).isPositive();
            // nothing was left on the server: the move is accepted again and completes
            assertThat(demo.moveIn().moveTo(target, cluster.password(), Progress.none()).allEqual()).isTrue();
        }
    }
}
