package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** {@code --help} reads as one table: every command indented alike, every description in one column. */
class UsageTest {
    @Test
    void everyCommandIsIndentedAndEveryDescriptionStartsInTheSameColumn() {
        CliRun.Result r = CliRun.run("--help");
        assertThat(r.code()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).startsWith("用法：").contains("--database");
        String pad = " ".repeat(Usage.COLUMN);
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line).as(line).startsWith("  ").doesNotStartWith("   " + "-").doesNotContain("\t");
            if (!line.startsWith(pad)) {
                // a command line: its description starts at the column, or it stands alone (the next line has it)
                java.util.regex.Matcher gap = java.util.regex.Pattern.compile("\\S( {2,})\\S").matcher(line);
                if (gap.find()) {
                    assertThat(Usage.cells(line.substring(0, gap.end(1)))).as(line).isEqualTo(Usage.COLUMN);
                } else {
                    assertThat(lines.get(lines.indexOf(line) + 1)).as(line).startsWith(pad);
                }
            }
        }
        String help = r.out();
        for (String command : List.of("  bench ", "  campaigns list", "  collect ", "  import visits ", "  db copy ",
                "  print warmth-stats", "  backup --to", "  --database postgresql://", "  export warmth-stats",
                "  export roster", "  units list", "  visits list", "  self-check")) {
            assertThat(help).as(command).contains("\n" + command);
        }
        // a description never sits right after its command: the column is the same everywhere
        assertThat(lines).filteredOn(l -> l.startsWith("  db copy")).singleElement()
                .satisfies(l -> assertThat(l.strip()).doesNotContain("   "));
        assertThat(lines.get(lines.indexOf(lines.stream().filter(l -> l.startsWith("  db copy")).findFirst()
                .orElseThrow()) + 1)).startsWith(pad + "把本机数据文件夹的全部数据迁入");
        assertThat(lines).filteredOn(l -> l.startsWith("  units list")).singleElement()
                .satisfies(l -> assertThat(l.substring(0, Usage.COLUMN).strip()).isEqualTo("units list [--format csv]"));
    }
}
