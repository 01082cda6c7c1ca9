package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.persistence.DamagedFolders;

/** The command line on a folder whose H2 file a power cut damaged (docs/decisions/21-1). */
class DamagedFolderCliTest {
    static final String SECRET = "Folder-Secret-21";
    @TempDir
    Path dir;

    Path damagedFolder() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = AppContext.open(new AppPaths(data), DatabasePassword.of(SECRET))) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            app.backups().automatic();
        }
        DamagedFolders.damage(data, DatabasePassword.of(SECRET));
        return data;
    }

    @Test
    void anyCommandSaysDamagedNotWrongPasswordAndNamesTheRestore() throws Exception {
        Path data = damagedFolder();
        Result r = CliRun.run(Map.of("WARMLEDGER_PASSWORD", SECRET), "--data-dir", data.toString(), "self-check");
        assertThat(r.code()).isEqualTo(Cli.FAILURE);
        assertThat(r.err()).contains("数据库文件已损坏").contains("不是密码的问题").doesNotContain("密码不对")
                .contains("restore " + data.resolve("backups"));
        Result wrong = CliRun.run(Map.of("WARMLEDGER_PASSWORD", "Wrong-Secret-21"), "--data-dir", data.toString(),
                "self-check");
        assertThat(wrong.err()).contains("密码不对").doesNotContain("已损坏");
    }

    @Test
    void restoreWorksOnAFolderWhoseDatabaseDoesNotOpen() throws Exception {
        Path data = damagedFolder();
        Path backup;
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            backup = s.filter(p -> p.getFileName().toString().startsWith("auto-")).findFirst().orElseThrow();
        }
        Map<String, String> env = Map.of("WARMLEDGER_PASSWORD", SECRET);
        Result r = CliRun.run(env, "--data-dir", data.toString(), "restore", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("损坏");
        assertThat(r.out()).contains("recipient\t1").contains("损坏的数据库文件已另存为 " + data.resolve("backups")
                .resolve("damaged-")).contains("恢复完成");
        try (Stream<Path> s = Files.list(data.resolve("backups"))) {
            assertThat(s.filter(p -> p.getFileName().toString().matches("damaged-.*\\.mv\\.db"))).hasSize(1);
        }
        Result check = CliRun.run(env, "--data-dir", data.toString(), "recipients", "list");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("汪惠珍");
        Result audit = CliRun.run(env, "--data-dir", data.toString(), "audit", "list");
        assertThat(audit.out()).contains(backup.getFileName().toString());
    }
}
