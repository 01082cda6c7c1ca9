package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;

/** The password from WARMLEDGER_PASSWORD or --password-file; backup, restore and audit list. */
class ProtectCliTest {
    static final String SECRET = "Cli-Secret-2026";
    @TempDir
    Path dir;

    Path data() {
        return dir.resolve("data");
    }

    void seed() {
        try (AppContext app = TestApp.open(data(), DatabasePassword.of(SECRET))) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
    }

    @Test
    void thePasswordComesFromTheEnvironmentOrAFileNeverFromAnArgument() throws Exception {
        seed();
        String d = data().toString();
        assertThat(run(Map.of("WARMLEDGER_PASSWORD", SECRET), "--data-dir", d, "self-check").code()).isZero();
        Path file = dir.resolve("pw.txt");
        Files.writeString(file, SECRET + "\n");
        assertThat(run(Map.of(), "--data-dir", d, "--password-file", file.toString(), "self-check").code()).isZero();

        Result missing = run(Map.of(), "--data-dir", d, "self-check");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("需要输入密码");
        Result wrong = run(Map.of("WARMLEDGER_PASSWORD", "wrong-one-123"), "--data-dir", d, "self-check");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("密码不对").doesNotContain("wrong-one-123");
        Result plain = run(Map.of(), "--data-dir", d, "--password", SECRET, "self-check");
        assertThat(plain.code()).isEqualTo(2);
        assertThat(plain.err()).contains("WARMLEDGER_PASSWORD").doesNotContain(SECRET);
        Result noFile = run(Map.of(), "--data-dir", d, "--password-file", dir.resolve("nope").toString(), "self-check");
        assertThat(noFile.code()).isEqualTo(2);
    }

    @Test
    void backupPrintsTheFileAndRestoreChecksItFirst() throws Exception {
        seed();
        Map<String, String> env = Map.of("WARMLEDGER_PASSWORD", SECRET);
        String d = data().toString();
        Result backup = run(env, "--data-dir", d, "backup", "--to", dir.resolve("u-disk").toString());
        assertThat(backup.code()).isZero();
        Path file = Path.of(backup.out().strip());
        assertThat(file).exists().hasParent(dir.resolve("u-disk"));

        try (AppContext app = AppContext.open(new cn.warmledger.service.common.AppPaths(data()), DatabasePassword.of(SECRET))) {
            app.recipients().save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));
        }
        Path broken = dir.resolve("broken.zip");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(file), 300));
        Result refused = run(env, "--data-dir", d, "restore", broken.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("没有恢复");

        Result restored = run(env, "--data-dir", d, "restore", file.toString());
        assertThat(restored.code()).isZero();
        assertThat(restored.out()).contains("recipient\t1").contains("恢复前的数据已另存为").contains("恢复完成");
        assertThat(run(env, "--data-dir", d, "recipients", "list").out().lines()).hasSize(2);
        assertThat(run(env, "--data-dir", d, "restore").code()).isEqualTo(2);
        assertThat(run(env, "--data-dir", d, "backup").code()).isEqualTo(2);
    }

    @Test
    void auditListShowsChangesAsCsvAndKeepsDataOutUnlessAsked() {
        seed();
        Map<String, String> env = Map.of("WARMLEDGER_PASSWORD", SECRET);
        String d = data().toString();
        Result r = run(env, "--data-dir", d, "audit", "list", "--format", "csv");
        assertThat(r.code()).isZero();
        assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo("时间,操作员,对象,编号,操作,说明");
        assertThat(r.out()).contains(",张干事,慰问对象,").contains(",新增,").doesNotContain(TestIds.FEMALE_1985);
        Result data = run(env, "--data-dir", d, "audit", "list", "--with-data", "--since", "2020-01-01");
        assertThat(data.out()).contains(TestIds.FEMALE_1985).contains("修改后");
        Result future = run(env, "--data-dir", d, "audit", "list", "--since", "2999-01-01");
        assertThat(future.out().lines()).hasSize(1);
        assertThat(run(env, "--data-dir", d, "audit", "list", "--since", "yesterday").code()).isEqualTo(2);
    }
}
