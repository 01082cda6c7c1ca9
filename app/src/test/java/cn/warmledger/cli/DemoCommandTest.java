package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.demo.DemoDataService;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void demoPreparesTheFolderBesideTheDataFolderAndSaysWhereItIs() {
        Path data = dir.resolve("data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(new String[] {"--data-dir", data.toString(), "demo"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        Path demo = dir.resolve("data-demo");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(demo.toString()).contains("位慰问对象");
        try (AppContext ctx = AppContext.open(new AppPaths(demo))) {
            assertThat(ctx.recipients().count()).isEqualTo(new DemoDataService(ctx.paths()).recipientCount());
        }
        try (AppContext real = AppContext.open(new AppPaths(data))) {
            assertThat(real.setup().isSetUp()).isFalse();
            assertThat(real.recipients().count()).isZero();
        }
    }

    @Test
    void demoRefusesOptionsItDoesNotKnow() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(new String[] {"--data-dir", dir.toString(), "demo", "--sample", "5"},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Cli.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sample");
    }
}
