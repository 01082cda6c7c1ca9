package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.testing.PostgresCluster;

/** Issue 18: {@code --database postgresql://…} before the command — the commands run on the office's server. */
class ServerCliTest {
    @TempDir
    Path dir;
    private PostgresCluster cluster;
    private ServerAddress server;
    private Map<String, String> env;

    @BeforeEach
    void cluster() {
        cluster = PostgresCluster.get();
        server = cluster.newDatabase("cli");
        env = new HashMap<>();
        env.put("WARMLEDGER_DB_PASSWORD", new String(cluster.password()));
    }

    private Result run(String... args) {
        return runWith(env, args);
    }

    private Result runWith(Map<String, String> environment, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--database";
        all[1] = server.toString();
        all[2] = "--data-dir";
        all[3] = dir.resolve("pc").toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.run(environment, all);
    }

    @Test
    void importListExportAndSelfCheckRunOnTheServerAndBackupSaysItIsTheServersJob() throws Exception {
        assertThat(run("settings", "set", "org.code", "340102009").code()).isZero();
        assertThat(run("settings", "set", "org.name", "东关街道总工会").code()).isZero();
        Path csv = dir.resolve("名单.csv");
        Files.writeString(csv, "姓名,身份证号码,手机号码,对象类别\n"
                + "韩雷," + TestIds.MALE_1980 + ",13905512345,劳模\n"
                + "汪惠珍," + TestIds.FEMALE_1985 + ",13811112222,劳模\n");
        Result imported = run("import", "recipients", csv.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("导入 2 人");

        long campaign;
        // the same database seen by a second PC (the application opened on the server directly)
        try (AppContext pc = AppContext.openServer(new AppPaths(dir.resolve("other-pc")), server, cluster.password())) {
            assertThat(pc.onServer()).isTrue();
            assertThat(pc.recipients().count()).isEqualTo(2);
            campaign = pc.campaigns().save(TestCampaigns.springFestival());
            long han = pc.recipients().search(RecipientQuery.all().withText("韩雷")).get(0).id();
            pc.visits().save(TestCampaigns.visit(han, campaign, LocalDate.of(2021, 1, 10), "1000"));
        }

        Result list = run("recipients", "list", "--format", "csv");
        assertThat(list.code()).as(list.err()).isZero();
        assertThat(list.out()).contains("韩雷").contains("汪惠珍").doesNotContain(TestIds.MALE_1980);

        Path w = dir.resolve("w.xlsx");
        Result stats = run("export", "warmth-stats", "--campaign", String.valueOf(campaign), "--out", w.toString());
        assertThat(stats.code()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("（1 行）");
        try (InputStream in = Files.newInputStream(w); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(5).getCell(0).getStringCellValue()).isEqualTo("东关街道总工会");
            assertThat(wb.getSheetAt(0).getRow(5).getCell(26).getNumericCellValue()).isEqualTo(1.0);
        }
        Result roster = run("export", "roster", "--campaign", String.valueOf(campaign), "--out",
                dir.resolve("r.xlsx").toString());
        assertThat(roster.code()).as(roster.err()).isZero();
        assertThat(roster.out()).contains("（1 行）");

        Result check = run("self-check");
        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out()).contains("recipient");

        Result backup = run("backup", "--to", dir.resolve("usb").toString());
        assertThat(backup.code()).isNotZero();
        assertThat(backup.err()).contains("只适用于本机数据库").contains(server.toString())
                .doesNotContain("SQL").doesNotContain("Exception");
        assertThat(dir.resolve("pc").resolve("warmledger.mv.db")).doesNotExist();
    }

    @Test
    void thePasswordComesFromAFileOrTheEnvironmentNeverTheCommandLine() throws Exception {
        Path file = dir.resolve("db-password");
        Files.writeString(file, new String(cluster.password()) + "\n");
        Result fromFile = runWith(Map.of(), "--db-password-file", file.toString(), "settings", "list");
        assertThat(fromFile.code()).as(fromFile.err()).isZero();

        Result none = runWith(Map.of(), "settings", "list");
        assertThat(none.code()).isNotZero();
        assertThat(none.err()).contains("WARMLEDGER_DB_PASSWORD").contains("--db-password-file");

        Result argv = runWith(Map.of(), "--db-password", "secret", "settings", "list");
        assertThat(argv.code()).isNotZero();
        assertThat(argv.err()).contains("不能在命令行上直接给出服务器密码");
    }

    @Test
    void aWrongPasswordAMissingDatabaseAnUnreachableServerAndABadAddressAreSaidInChinese() throws Exception {
        Result wrong = runWith(Map.of("WARMLEDGER_DB_PASSWORD", "not-the-password"), "settings", "list");
        assertThat(wrong.code()).isNotZero();
        assertThat(wrong.err()).contains("用户名或密码不对").contains("postgres").doesNotContain("FATAL");

        String missing = "postgresql://postgres@127.0.0.1:" + cluster.port() + "/no_such_db";
        Result noDb = CliRun.run(env, "--database", missing, "--data-dir", dir.toString(), "settings", "list");
        assertThat(noDb.code()).isNotZero();
        assertThat(noDb.err()).contains("没有数据库 no_such_db");

        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long start = System.nanoTime();
        Result gone = CliRun.run(env, "--database", "postgresql://postgres@127.0.0.1:" + closedPort + "/x",
                "--data-dir", dir.toString(), "settings", "list");
        assertThat(gone.code()).isNotZero();
        assertThat(gone.err()).contains("连不上单位服务器 127.0.0.1:" + closedPort);
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(15);

        Result bad = CliRun.run(env, "--database", "mysql://root@h/db", "--data-dir", dir.toString(), "settings",
                "list");
        assertThat(bad.code()).isNotZero();
        assertThat(bad.err()).contains("单位服务器地址").contains("postgresql://用户名@服务器:端口/数据库名");

        Result withPassword = CliRun.run(env, "--database", "postgresql://postgres:pw@127.0.0.1/x", "--data-dir",
                dir.toString(), "settings", "list");
        assertThat(withPassword.code()).isNotZero();
        assertThat(withPassword.err()).contains("数据库地址里不能写密码");
    }
}
