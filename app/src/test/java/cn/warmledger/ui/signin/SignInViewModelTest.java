package cn.warmledger.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.ui.common.TaskRunner;

class SignInViewModelTest {
    @TempDir
    Path dir;
    final List<SignInViewModel.Opened> opened = new ArrayList<>();

    @AfterEach
    void close() {
        opened.forEach(o -> o.app().close());
    }

    SignInViewModel vm(AppPaths paths) {
        return new SignInViewModel(paths, AppContext.folderState(paths), TaskRunner.direct(), AppContext::open);
    }

    @Test
    void theFirstRunChoosesAPasswordTwiceWithAHintAndCreatesAnEncryptedDatabase() {
        AppPaths paths = new AppPaths(dir.resolve("new"));
        SignInViewModel vm = vm(paths);
        assertThat(vm.choosing()).isTrue();
        vm.operatorName.set("张干事");
        vm.password.set("abc");
        assertThat(vm.strengthProperty().get()).contains("太短");
        vm.submit(opened::add);
        assertThat(vm.errorProperty().get()).contains("至少 8");
        // long enough but of one kind only (issue 19 point 2): refused, as on the command line
        vm.password.set("warmledger");
        vm.confirm.set("warmledger");
        assertThat(vm.strengthProperty().get()).contains("只用了一种字符");
        vm.submit(opened::add);
        assertThat(vm.errorProperty().get()).contains("只用了一种字符");
        assertThat(opened).isEmpty();
        vm.password.set("Warm-Ledger-2026");
        assertThat(vm.strengthProperty().get()).contains("强");
        vm.confirm.set("Warm-Ledger-2025");
        vm.submit(opened::add);
        assertThat(vm.errorProperty().get()).contains("两次");
        vm.password.set("Warm-Ledger-2026");
        vm.confirm.set("Warm-Ledger-2026");
        vm.submit(opened::add);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).chosenPassword()).isNotNull();
        assertThat(opened.get(0).app().passwords().encrypted()).isTrue();
        assertThat(opened.get(0).app().operator().name()).isEqualTo("张干事");
        assertThat(AppContext.folderState(paths)).isEqualTo(AppContext.FolderState.ENCRYPTED);
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndTheRightOneOpens() {
        Path d = dir.resolve("enc");
        try (AppContext app = TestApp.open(d, cn.warmledger.domain.DatabasePassword.of("Right-Secret-1"))) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
        SignInViewModel vm = vm(new AppPaths(d));
        assertThat(vm.choosing()).isFalse();
        vm.operatorName.set("李会计");
        vm.password.set("Wrong-Secret-1");
        vm.submit(opened::add);
        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get()).contains("密码不对");
        assertThat(vm.password.get()).isEmpty();
        vm.password.set("Right-Secret-1");
        vm.submit(opened::add);
        assertThat(opened).hasSize(1);
        AppContext app = opened.get(0).app();
        assertThat(app.recipients().count()).isEqualTo(1);
        assertThat(app.audit().list(AuditQuery.all()).get(0)).satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SIGN_IN);
            assertThat(e.operator()).isEqualTo("李会计");
        });
    }

    @Test
    void anOldUnencryptedFolderIsEncryptedWithThePasswordChosenAtSignIn() {
        Path d = dir.resolve("old");
        try (AppContext app = TestApp.open(d)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
        SignInViewModel vm = vm(new AppPaths(d));
        assertThat(vm.state()).isEqualTo(AppContext.FolderState.UNENCRYPTED);
        vm.operatorName.set("张干事");
        vm.password.set("Now-Encrypted-1");
        vm.confirm.set("Now-Encrypted-1");
        vm.submit(opened::add);
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).app().passwords().encrypted()).isTrue();
        assertThat(opened.get(0).app().recipients().count()).isEqualTo(1);
    }

    @Test
    void theNextSignInPageShowsTheLastOperatorAndTheOpenSaysWhatItIsDoing() throws Exception {
        java.util.prefs.Preferences store = java.util.prefs.Preferences.userRoot()
                .node("cn/warmledger/test/signin-" + System.nanoTime());
        try {
            AppPaths paths = new AppPaths(dir.resolve("remembered"));
            List<String> seenWhileOpening = new ArrayList<>();
            SignInViewModel[] first = new SignInViewModel[1];
            first[0] = new SignInViewModel(paths, AppContext.folderState(paths), TaskRunner.direct(), (p, pw) -> {
                seenWhileOpening.add(first[0].progressProperty().get());
                return AppContext.open(p, pw);
            }, new LastOperator(store));
            assertThat(first[0].operatorName.get()).isEmpty();
            first[0].operatorName.set("  李干事 ");
            first[0].password.set("Warm-Ledger-2026");
            first[0].confirm.set("Warm-Ledger-2026");
            first[0].submit(opened::add);
            assertThat(opened).hasSize(1);
            assertThat(seenWhileOpening).containsExactly("正在建立加密数据库并检查数据库结构……");
            assertThat(first[0].progressProperty().get()).isEmpty();
            opened.remove(0).app().close();

            SignInViewModel second = new SignInViewModel(paths, AppContext.folderState(paths), TaskRunner.direct(),
                    (p, pw) -> {
                        throw new IllegalStateException("密码不对");
                    }, new LastOperator(store));
            assertThat(second.choosing()).isFalse();
            assertThat(second.operatorName.get()).isEqualTo("李干事");
            // a failed sign-in clears the progress line and does not replace the remembered name
            second.operatorName.set("王干事");
            second.password.set("wrong-password");
            second.submit(opened::add);
            assertThat(second.errorProperty().get()).isEqualTo("密码不对");
            assertThat(second.progressProperty().get()).isEmpty();
            assertThat(new LastOperator(store).get()).isEqualTo("李干事");
        } finally {
            store.removeNode();
        }
    }

    @Test
    void aDamagedFileOffersTheAutomaticBackupsKeepsThePasswordTypedAndTheRestoreOpensTheFolder() throws Exception {
        AppPaths paths = new AppPaths(dir.resolve("damaged"));
        cn.warmledger.domain.DatabasePassword secret = cn.warmledger.domain.DatabasePassword.of("Right-Secret-1");
        try (AppContext app = TestApp.open(paths.dataDir(), secret)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            app.backups().automatic();
        }
        cn.warmledger.persistence.DamagedFolders.damage(paths.dataDir(), secret);
        SignInViewModel vm = vm(paths);
        vm.operatorName.set("李会计");
        vm.password.set("Wrong-Secret-1");
        vm.submit(opened::add);
        assertThat(vm.errorProperty().get()).contains("密码不对");
        assertThat(vm.damagedProperty().get()).isFalse();

        vm.password.set("Right-Secret-1");
        vm.submit(opened::add);
        assertThat(opened).isEmpty();
        assertThat(vm.errorProperty().get()).contains("已损坏").contains("不是密码的问题").doesNotContain("密码不对");
        assertThat(vm.damagedProperty().get()).isTrue();
        assertThat(vm.password.get()).as("kept for the restore's check").isEqualTo("Right-Secret-1");
        assertThat(vm.backups()).hasSize(1);
        assertThat(vm.label(vm.backups().get(0))).contains("自动备份").contains("auto-");

        vm.restore(null, opened::add);
        assertThat(vm.errorProperty().get()).contains("请先选一份备份");
        vm.restore(vm.backups().get(0).file(), opened::add);
        assertThat(opened).hasSize(1);
        assertThat(vm.damagedProperty().get()).isFalse();
        assertThat(vm.password.get()).isEmpty();
        AppContext app = opened.get(0).app();
        assertThat(opened.get(0).notice()).contains("damaged-").contains("仍是加密的");
        assertThat(app.recipients().count()).isEqualTo(1);
        assertThat(app.operator().name()).isEqualTo("李会计");
        assertThat(app.audit().list(new AuditQuery(null, null, AuditAction.RESTORE_BACKUP, null, 5))).hasSize(1);
    }
}
