package cn.warmledger.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun;
import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.cli.Cli;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.settings.SettingKeys;

/** {@code collect} and {@code consolidate} as county IT would script them. */
class ConsolidateCliTest {
    @TempDir
    Path dir;

    Result run(String... args) {
        return CliRun.inDir(dir.resolve("county"), args);
    }

    @Test
    void collectsFromAFolderAndConsolidatesWithTheMissingListed() throws Exception {
        Path usb = Files.createDirectories(dir.resolve("usb"));
        long campaign;
        try (AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            campaign = County.campaign(county);
        }
        try (Township a = Township.open(dir.resolve("a"), "340102001", "城关镇总工会")) {
            a.sendTo(SettingKeys.SYNC_TRANSPORT, "folder", SettingKeys.FOLDER_PATH, usb.toString());
            a.exportWarmthStats("a.xlsx");
            a.exportAidCenter("aid.xlsx");
            a.send();
        }

        Result first = run("collect", "--folder", usb.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("新收 2 份，已有 0 份，拒收 0 份");

        assertThat(run("settings", "set", "collect.source", "folder").code()).isZero();
        assertThat(run("settings", "set", "collect.folder.path", usb.toString()).code()).isZero();
        Result again = run("collect");
        assertThat(again.code()).as(again.err()).isZero();
        assertThat(again.out()).contains("新收 0 份，已有 2 份");

        Result out = run("consolidate", "warmth-stats", "--campaign", String.valueOf(campaign), "--out",
                dir.resolve("county.xlsx").toString(), "--submit");
        assertThat(out.code()).as(out.err()).isZero();
        assertThat(out.out()).contains("已汇总").contains("（3 个下级单位，1 个已上报）").contains("已加入待上报：");
        assertThat(out.err()).contains("未上报：340102002 城北镇总工会").contains("未上报：340102003 城南镇总工会");
        assertThat(Township.row(dir.resolve("county.xlsx"), "合计")[27])
                .isCloseTo(Township.row(dir.resolve("a").resolve("a.xlsx"), "合计")[27], within(1e-9));

        Result aid = run("consolidate", "aid-center", "--year", "2024", "--out", dir.resolve("aid.xlsx").toString());
        assertThat(aid.code()).as(aid.err()).isZero();
        assertThat(Township.row(dir.resolve("aid.xlsx"), "城关镇总工会")[15])
                .isCloseTo(Township.row(dir.resolve("a").resolve("aid.xlsx"), "合计")[15], within(1e-9));

        assertThat(run("consolidate", "roster", "--campaign", "1", "--out", "x.xlsx").code()).isEqualTo(Cli.USAGE);
        assertThat(run("consolidate", "warmth-stats", "--year", "2024", "--out", "x.xlsx").code()).isEqualTo(Cli.USAGE);
        assertThat(run("collect", "now").code()).isEqualTo(Cli.USAGE);
    }

    @Test
    void aSourceThatFailsExitsOneAndSecretsAreMasked() {
        try (AppContext county = County.open(dir.resolve("county"), Township.CAMPAIGN)) {
            county.settings().set(SettingKeys.COLLECT_SOURCE, "imap");
        }
        assertThat(run("settings", "set", "collect.imap.host", "127.0.0.1").code()).isZero();
        assertThat(run("settings", "set", "collect.imap.port", String.valueOf(Ports.free())).code()).isZero();
        assertThat(run("settings", "set", "collect.imap.password", "secretAuthCode").code()).isZero();
        Result noUser = run("collect");
        assertThat(noUser.code()).isEqualTo(Cli.FAILURE);
        assertThat(noUser.err()).contains("缺少“收信邮箱账号”");
        assertThat(run("settings", "set", "collect.imap.user", "county@example.com").code()).isZero();
        assertThat(run("settings", "set", "collect.source", "ftp").code()).isEqualTo(Cli.FAILURE);
        Result list = run("settings", "list");
        assertThat(list.out()).contains("collect.imap.password").doesNotContain("secretAuthCode").contains("******");

        Result failed = run("collect");
        assertThat(failed.code()).isEqualTo(Cli.FAILURE);
        assertThat(failed.err()).contains("收取失败").contains("网络不通");
        assertThat(failed.out()).contains("新收 0 份");

        assertThat(run("settings", "set", "collect.source", "").code()).isZero();
        Result unset = run("collect");
        assertThat(unset.code()).isEqualTo(Cli.FAILURE);
        assertThat(unset.err()).contains("未设置收取方式");
    }
}
