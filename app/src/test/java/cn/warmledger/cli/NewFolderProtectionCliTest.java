package cn.warmledger.cli;

import cn.warmledger.cli.CliRun.Result;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.persistence.Database;

/** Issue 19 point 2: the command line creates an encrypted folder with a real password, or says it is not. */
class NewFolderProtectionCliTest {
    @TempDir
    Path dir;

    Result run(Map<String, String> env, String... args) {
        return CliRun.run(env, args);
    }

    @Test
    void aNewFolderNeedsAPasswordOrAnExplicitUnencrypted() {
        Path fresh = dir.resolve("fresh");
        Result refused = run(Map.of(), "--data-dir", fresh.toString(), "self-check");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("新建时需要密码").contains("WARMLEDGER_PASSWORD").contains("--unencrypted");
        assertThat(fresh.resolve("warmledger.mv.db")).doesNotExist();

        Result plain = run(Map.of(), "--data-dir", fresh.toString(), "--unencrypted", "self-check");
        assertThat(plain.code()).isZero();
        assertThat(plain.err()).contains("没有加密").contains("--unencrypted");
        assertThat(Database.isEncrypted(fresh)).isFalse();
        // an existing folder opens as it is, without the flag and without a warning
        Result again = run(Map.of(), "--data-dir", fresh.toString(), "self-check");
        assertThat(again.code()).isZero();
        assertThat(again.err()).doesNotContain("没有加密");

        Result both = run(Map.of("WARMLEDGER_PASSWORD", "Warm-Ledger-2026"), "--data-dir", dir.resolve("x").toString(),
                "--unencrypted", "self-check");
        assertThat(both.code()).isEqualTo(2);
    }

    @Test
    void aNewPasswordMustBeLongEnoughAndOfTwoKinds() {
        for (String weak : new String[] {"1", "Ab-1", "12345678", "abcdefghij", "温暖温暖温暖温暖"}) {
            Path fresh = dir.resolve("weak-" + weak.length());
            Result r = run(Map.of("WARMLEDGER_PASSWORD", weak), "--data-dir", fresh.toString(), "self-check");
            assertThat(r.code()).as(weak).isEqualTo(1);
            assertThat(r.err()).as(weak).containsAnyOf("至少 8 个字符", "只用了一种字符").doesNotContain(weak);
            assertThat(fresh.resolve("warmledger.mv.db")).as(weak).doesNotExist();
        }
        Path good = dir.resolve("good");
        Result ok = run(Map.of("WARMLEDGER_PASSWORD", "warmledger2026"), "--data-dir", good.toString(), "self-check");
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(Database.isEncrypted(good)).isTrue();
    }

    @Test
    void anExistingFolderOpensWithTheSamePasswordEvenIfItIsWeakByTodaysRule() {
        // folders made before the rule keep working: the rule is for new passwords only
        Path old = dir.resolve("old");
        TestApp.open(old, cn.warmledger.domain.DatabasePassword.of("12345678")).close();
        Result r = run(Map.of("WARMLEDGER_PASSWORD", "12345678"), "--data-dir", old.toString(), "self-check");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.exists(old.resolve("warmledger.mv.db"))).isTrue();
    }
}
