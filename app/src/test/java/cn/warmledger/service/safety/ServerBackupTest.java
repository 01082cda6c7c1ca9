package cn.warmledger.service.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.persistence.DatabaseException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.testing.H2FileOnly;
import cn.warmledger.testing.PostgresCluster;

/** 备份 on the office's server: pg_dump's custom format that pg_restore reads; a restore from a PC refused. */
@H2FileOnly("runs once, in the default run: it makes its own database on the test cluster")
class ServerBackupTest {
    @TempDir
    Path dir;

    @Test
    void backupToRunsPgDumpIntoACustomFormatFileThatPgRestoreLists() throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress server = cluster.newDatabase("dump");
        Path folder = dir.resolve("U盘");
        Path file;
        try (AppContext app = AppContext.openServer(new AppPaths(dir.resolve("pc")), server, cluster.password())) {
            long campaign = app.campaigns().save(TestCampaigns.thisSeason());
            assertThat(campaign).isPositive();
            file = app.backups().backupTo(folder);
        }
        assertThat(file.getParent()).isEqualTo(folder);
        assertThat(file.getFileName().toString()).startsWith("warmledger-").endsWith(".dump");
        assertThat(Files.size(file)).isPositive();
        try (var left = Files.list(folder)) {
            assertThat(left.toList()).containsExactly(file); // no .tmp left beside it
        }
        String listing = pgRestoreList(file);
        assertThat(listing).contains("TABLE DATA").contains("campaign").contains("visit").contains("recipient");
    }

    @Test
    void aRestoreOverTheServerIsRefusedInChineseAndAutomaticBackupsAreOff() throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress server = cluster.newDatabase("restore");
        Path someBackup = Files.writeString(dir.resolve("warmledger-20261201-120000.zip"), "PK");
        try (AppContext app = AppContext.openServer(new AppPaths(dir.resolve("pc")), server, cluster.password())) {
            app.campaigns().save(TestCampaigns.thisSeason());
            assertThatThrownBy(() -> app.backups().restore(someBackup, null)).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("不能从这台电脑用备份覆盖单位服务器").hasMessageContaining(server.database());
            assertThatThrownBy(() -> app.backups().verify(someBackup, null))
                    .hasMessageContaining("不能从这台电脑用备份覆盖单位服务器");
            assertThat(app.backups().dailyDue(LocalDate.now())).isFalse();
            assertThatThrownBy(() -> app.backups().automatic()).hasMessageContaining("服务器管理员");
            assertThat(app.campaigns().list()).hasSize(1); // nothing was touched
        }
    }

    private static String pgRestoreList(Path file) throws IOException, InterruptedException {
        Path bin = Path.of("/usr/lib/postgresql");
        String program = "pg_restore";
        if (Files.isDirectory(bin)) {
            try (var versions = Files.list(bin)) {
                program = versions.map(v -> v.resolve("bin/pg_restore")).filter(Files::isExecutable).findFirst()
                        .map(Path::toString).orElse(program);
            }
        }
        Process p = new ProcessBuilder(List.of(program, "--list", file.toString())).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
