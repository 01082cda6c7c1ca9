package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;

/** The smoke version of the county benchmark (1,000 recipients, one run), so the command cannot rot. */
class BenchCommandTest {
    private static final List<String> FIGURES = List.of("open_migrate_ms", "search_p50_ms", "search_p95_ms",
            "warmth_stats_ms", "warmth_stats_query_ms", "warmth_stats_bare_ms", "warmth_stats_visits", "roster_xlsx_ms",
            "roster_xlsx_bare_ms", "roster_rows", "import_xlsx_ms", "import_xlsx_bare_ms", "import_rows",
            "heap_register_mb", "register_rows", "sign_in_encrypted_ms", "kdf_pbkdf2_sha256_100000_ms",
            "kdf_pbkdf2_sha256_310000_ms", "kdf_pbkdf2_sha256_600000_ms", "county_build_s", "county_file_built_mb",
            "county_file_mb", "visit_save_1_clerk_p50_ms", "visit_save_1_clerk_p95_ms", "visit_save_5_clerks_p50_ms",
            "visit_save_5_clerks_p95_ms");
    private static final List<String> PAIRED = List.of("warmth_stats_ms", "warmth_stats_query_ms", "roster_xlsx_ms",
            "import_xlsx_ms", "visit_save_5_clerks_p50_ms", "visit_save_5_clerks_p95_ms");

    @TempDir
    Path dir;

    @Test
    void smallCountyPrintsEveryFigureWithAPositiveValueAndLeavesTheDataFolderAlone() {
        Path data = dir.resolve("data");
        Result r = run("--data-dir", data.toString(), "bench", "--recipients", "1000", "--visits", "2000", "--runs", "1");

        assertThat(r.code()).as(r.err()).isZero();
        Map<String, String[]> lines = new HashMap<>();
        for (String line : r.out().strip().split("\n")) {
            String[] cells = line.split("\t");
            lines.put(cells[0], cells);
        }
        assertThat(lines.keySet()).containsAll(FIGURES);
        for (String name : FIGURES) {
            String[] cells = lines.get(name);
            assertThat(Double.parseDouble(cells[1])).as(name).isPositive();
            assertThat(cells[2]).as(name).isIn("ms", "s", "MB", "rows");
            if (PAIRED.contains(name)) {
                assertThat(cells).as(name).hasSize(4);
                assertThat(Double.parseDouble(cells[3])).as(name).isPositive();
            } else {
                assertThat(cells).as(name).hasSize(3);
            }
        }
        assertThat(lines.get("register_rows")[1]).isEqualTo("1000.00");
        assertThat(lines.get("roster_rows")[1]).isEqualTo("400.00");
        assertThat(lines.get("import_rows")[1]).isEqualTo("100.00");
        // the county's file is compacted (SHUTDOWN COMPACT) after the bulk build, before anything is measured
        assertThat(Double.parseDouble(lines.get("county_file_mb")[1]))
                .isLessThanOrEqualTo(Double.parseDouble(lines.get("county_file_built_mb")[1]));
        assertThat(data).doesNotExist();
    }

    @Test
    void refusesANonNumberAndAnOutOfRangeCount() {
        assertThat(run("--data-dir", dir.toString(), "bench", "--recipients", "many").code()).isEqualTo(Cli.USAGE);
        Result tooSmall = run("--data-dir", dir.toString(), "bench", "--recipients", "5");
        assertThat(tooSmall.code()).isEqualTo(Cli.FAILURE);
        assertThat(tooSmall.err()).contains("--recipients");
        assertThat(run("--data-dir", dir.toString(), "bench", "--speed", "3").code()).isEqualTo(Cli.USAGE);
    }
}
