package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.service.app.AppContext;

class CliTest {
    @TempDir
    Path dir;

    @Test
    void selfCheckMigratesAFreshFolderAndPrintsCounts() {
        Result r = run("--data-dir", dir.toString(), "--unencrypted", "self-check");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("没有加密");
        assertThat(r.out()).contains("自检通过").contains("recipient\t0").contains("service_item\t8");
        assertThat(dir.resolve("warmledger.mv.db")).exists();
    }

    @Test
    void versionPrintsThePomVersionOrDev() {
        Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("WarmLedger ");
    }

    @Test
    void recipientsListAsCsvMasksIdNumbersUnlessAskedForInFull() {
        try (AppContext app = TestApp.open(dir)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            app.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷, 户主"));
        }
        Result r = run("--data-dir", dir.toString(), "recipients", "list", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines()).hasSize(3);
        assertThat(r.out().lines().findFirst().orElseThrow()).startsWith("编号,姓名,性别,身份证号");
        assertThat(r.out()).contains("340102********2347").doesNotContain(TestIds.FEMALE_1985)
                .contains("\"韩雷, 户主\"").contains("深度困难").contains("在档").contains("139****2345");

        Result full = run("--data-dir", dir.toString(), "recipients", "list", "--full-id");
        assertThat(full.out()).contains(TestIds.FEMALE_1985).contains("\t");
    }

    @Test
    void badArgumentsExitWithTwoAndAChineseMessage() {
        assertThat(run("--data-dir", dir.toString(), "frobnicate").code()).isEqualTo(2);
        Result unknown = run("--data-dir", dir.toString(), "recipients", "list", "--colour", "red");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("不认识的选项 --colour");
        Result format = run("--data-dir", dir.toString(), "recipients", "list", "--format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.err()).contains("--format");
        assertThat(run("--data-dir").code()).isEqualTo(2);
    }

    @Test
    void anUnopenableDataFolderExitsWithOne() throws Exception {
        Path file = dir.resolve("not-a-folder");
        java.nio.file.Files.writeString(file, "x");
        Result r = run("--data-dir", file.toString(), "--unencrypted", "self-check");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("数据");
    }
}
