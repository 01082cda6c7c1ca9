package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;

/**
 * The command line's last word on a failure the checks before it did not catch (a 下级单位 name or 活动名称 longer
 * than its column): Chinese, naming the field, never H2's text or jOOQ's SQL.
 */
class DatabaseFailureCliTest {
    @TempDir
    Path dir;

    @Test
    void aValueTheDatabaseRefusesIsReportedInChineseWithoutSql() {
        TestApp.open(dir).close();
        String longName = "城".repeat(300);
        for (String[] args : new String[][] {
                {"units", "add", "--code", "C1", "--name", longName},
                {"campaigns", "create", "--name", longName, "--kind", "WARMTH", "--from", "2026-01-01", "--to",
                        "2026-02-01"}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            String[] all = new String[args.length + 2];
            all[0] = "--data-dir";
            all[1] = dir.toString();
            System.arraycopy(args, 0, all, 2, args.length);
            int code = new Cli().run(all, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String stderr = err.toString(StandardCharsets.UTF_8);
            assertThat(code).isEqualTo(1);
            assertThat(stderr).as(args[0]).contains("名称超出了允许的长度或范围").doesNotContain("SQL")
                    .doesNotContain("Value too long").doesNotContain("CHARACTER VARYING").doesNotContain("insert");
        }
    }
}
