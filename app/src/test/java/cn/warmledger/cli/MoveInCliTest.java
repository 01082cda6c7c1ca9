package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.testing.PostgresCluster;
import cn.warmledger.testing.SlowServerRelay;

/** {@code db copy --to} and {@code bench --database} from the command line, on the real test cluster. */
class MoveInCliTest {
    @TempDir
    Path dir;

    private static Map<String, String> env(PostgresCluster cluster) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("WARMLEDGER_DB_PASSWORD", new String(cluster.password()));
        env.remove("WARMLEDGER_PASSWORD");
        return env;
    }

    @Test
    void dbCopyMovesTheDemoFolderPrintsTheComparisonAndRefusesTheSameTargetTheSecondTime() throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("cli_copy");
        Path data = dir.resolve("warmledger");
        assertThat(CliRun.run(env(cluster), "--data-dir", data.toString(), "demo").code()).isZero();
        Path demo = dir.resolve("warmledger-demo");
        assertThat(Files.isDirectory(demo)).isTrue();

        Result r = CliRun.run(env(cluster), "--data-dir", demo.toString(), "db", "copy", "--to", target.toString());

        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("慰问记录\t行数\t6\t6\t一致").contains("慰问记录\t慰问金\t").doesNotContain("不一致");
        assertThat(r.err()).contains("迁移完成").contains("全部一致");
        assertThat(r.out() + r.err()).doesNotContain(new String(cluster.password()));

        Result again = CliRun.run(env(cluster), "--data-dir", demo.toString(), "db", "copy", "--to", target.toString());
        assertThat(again.code()).isEqualTo(Cli.FAILURE);
        assertThat(again.err()).contains("目标数据库不是空的").contains("慰问对象");
    }

    /**
     * A server whose every login takes 7 s (longer than the 5 s that made `db copy` fail under load with
     * 连不上单位服务器, while the server was fine): the move waits for the login and copies everything.
     */
    @Test
    void dbCopyWaitsForASlowServersLogin() throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress direct = cluster.newDatabase("cli_slow");
        assertThat(CliRun.run(env(cluster), "--data-dir", dir.resolve("warmledger").toString(), "demo").code()).isZero();
        try (SlowServerRelay slow = new SlowServerRelay(direct.port(), 7000)) {
            ServerAddress target = new ServerAddress(direct.host(), slow.port(), direct.database(), direct.user(), false);

            Result r = CliRun.run(env(cluster), "--data-dir", dir.resolve("warmledger-demo").toString(), "db", "copy",
                    "--to", target.toString());

            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).doesNotContain("连不上").contains("全部一致");
            assertThat(r.out()).contains("慰问记录\t行数\t6\t6\t一致");
            assertThat(slow.connections()).isPositive();
        }
    }

    @Test
    void benchOnTheServerBuildsItsCountyThereAndPrintsTheSameFiguresAndTheClerksAtOnce() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress target = cluster.newDatabase("cli_bench");
        Result r = CliRun.run(env(cluster), "--data-dir", dir.resolve("data").toString(), "--database",
                target.toString(), "bench", "--recipients", "1000", "--visits", "2000", "--runs", "1", "--only",
                "stats,clerks");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, String[]> lines = new HashMap<>();
        for (String line : r.out().strip().split("\n")) {
            String[] cells = line.split("\t");
            lines.put(cells[0], cells);
        }
        assertThat(lines).containsKeys("county_build_s", "open_migrate_ms", "warmth_stats_ms",
                "visit_save_1_clerk_p50_ms", "visit_save_5_clerks_p50_ms", "visit_save_5_clerks_p95_ms")
                .doesNotContainKeys("county_file_mb", "sign_in_encrypted_ms");
        assertThat(Double.parseDouble(lines.get("visit_save_5_clerks_p50_ms")[1])).isPositive();
        assertThat(lines.get("warmth_stats_visits")[1]).isNotEqualTo("0.00");
        // a server database holding data is not overwritten by a second build
        Result again = CliRun.run(env(cluster), "--data-dir", dir.resolve("data2").toString(), "--database",
                target.toString(), "bench", "--recipients", "1000", "--visits", "2000", "--runs", "1", "--only", "stats");
        assertThat(again.code()).isEqualTo(Cli.FAILURE);
        assertThat(again.err()).contains("已有慰问对象等数据");
    }
}
