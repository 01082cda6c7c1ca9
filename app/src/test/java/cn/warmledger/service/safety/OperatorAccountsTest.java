package cn.warmledger.service.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.OperatorAccount;
import cn.warmledger.domain.OperatorRole;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;

/**
 * Operator accounts (issue 18, point 3) on a real H2 file — the table is the same on PostgreSQL: the first
 * administrator, sign-in refusing a wrong password or a disabled operator in Chinese, an administrator adding,
 * resetting and disabling, the 操作日志 naming the real operator, and the hash a BCrypt hash, never the password.
 */
class OperatorAccountsTest {
    static final String ADMIN_PW = "Guanli2026!";
    static final String CLERK_PW = "Ganshi2026";
    @TempDir
    Path dir;

    @Test
    void firstAdministratorThenClerksSignInWithTheirOwnPasswords() {
        try (AppContext app = TestApp.open(dir)) {
            OperatorAccounts accounts = app.operatorAccounts();
            assertThat(accounts.firstRun()).isTrue();
            accounts.createFirstAdministrator(" 王主席 ", pw(ADMIN_PW));
            assertThat(accounts.firstRun()).isFalse();
            assertThat(app.operator().name()).isEqualTo("王主席");
            assertThat(app.operator().administrator()).isTrue();
            assertThatThrownBy(() -> accounts.createFirstAdministrator("李四", pw(CLERK_PW)))
                    .isInstanceOf(InvalidValueException.class).hasMessageContaining("已经有管理员");

            accounts.add("张干事", pw(CLERK_PW), OperatorRole.CLERK);
            assertThatThrownBy(() -> accounts.add("张干事", pw(CLERK_PW), OperatorRole.CLERK))
                    .hasMessage("操作员姓名：“张干事”已经有账号了");
            assertThatThrownBy(() -> accounts.add("赵六", pw("12345678"), OperatorRole.CLERK))
                    .hasMessageStartingWith("密码：太简单");
            assertThatThrownBy(() -> accounts.add("", pw(CLERK_PW), OperatorRole.CLERK))
                    .hasMessage("操作员姓名：必填，不能为空");
            assertThatThrownBy(() -> accounts.add("赵六", pw("密码".repeat(12) + "a1"), OperatorRole.CLERK))
                    .hasMessageStartingWith("密码：太长");

            assertThatThrownBy(() -> accounts.signIn("张干事", pw("Ganshi2025")))
                    .isInstanceOf(WrongPasswordException.class).hasMessage("操作员姓名或密码不对，请重新输入");
            assertThatThrownBy(() -> accounts.signIn("没这个人", pw(CLERK_PW)))
                    .isInstanceOf(WrongPasswordException.class).hasMessage("操作员姓名或密码不对，请重新输入");
            OperatorAccount signedIn = accounts.signIn("张干事", pw(CLERK_PW));
            assertThat(signedIn.role()).isEqualTo(OperatorRole.CLERK);
            assertThat(app.operator().name()).isEqualTo("张干事");
            assertThat(app.operator().administrator()).isFalse();

            // what she changes is recorded under her name; she may not manage accounts
            app.settings().set("org.phone", "0551-62345678");
            assertThat(latest(app).operator()).isEqualTo("张干事");
            assertThatThrownBy(accounts::list).hasMessage("只有管理员可以管理操作员");
            assertThatThrownBy(() -> accounts.setActive("王主席", false)).hasMessage("只有管理员可以管理操作员");
        }
    }

    @Test
    void administratorResetsAndDisablesButNeverTheLastAdministrator() {
        try (AppContext app = TestApp.open(dir)) {
            OperatorAccounts accounts = app.operatorAccounts();
            accounts.createFirstAdministrator("王主席", pw(ADMIN_PW));
            accounts.add("张干事", pw(CLERK_PW), OperatorRole.CLERK);
            assertThatThrownBy(() -> accounts.setActive("王主席", false)).hasMessage("不能停用自己的账号");

            accounts.resetPassword("张干事", pw("Xinmima2026"));
            assertThatThrownBy(() -> accounts.signIn("张干事", pw(CLERK_PW))).isInstanceOf(WrongPasswordException.class);
            accounts.signIn("王主席", pw(ADMIN_PW));
            accounts.setActive("张干事", false);
            assertThat(accounts.list()).extracting(a -> a.name() + ":" + a.role() + ":" + a.active())
                    .containsExactly("张干事:CLERK:false", "王主席:ADMINISTRATOR:true");
            assertThatThrownBy(() -> accounts.signIn("张干事", pw("Xinmima2026")))
                    .isInstanceOf(WrongPasswordException.class).hasMessage("操作员“张干事”已停用，不能登录；请找管理员");
            assertThat(app.operator().name()).isEqualTo("王主席");

            // a second administrator may disable the first, who then cannot disable herself back in
            accounts.add("李副主席", pw(ADMIN_PW), OperatorRole.ADMINISTRATOR);
            accounts.signIn("李副主席", pw(ADMIN_PW));
            accounts.setActive("王主席", false);
            assertThatThrownBy(() -> accounts.signIn("王主席", pw(ADMIN_PW))).hasMessageContaining("已停用");
            accounts.signIn("李副主席", pw(ADMIN_PW));
            accounts.setActive("张干事", true);
            accounts.signIn("张干事", pw("Xinmima2026"));
            assertThat(app.operator().name()).isEqualTo("张干事");

            List<AuditEntry> log = app.audit().list(new AuditQuery(null, AuditTrail.OPERATOR, null, null, 50));
            assertThat(log).extracting(e -> e.operator() + ">" + e.entityId() + ":" + e.action()).containsExactly(
                    "李副主席>张干事:UPDATE", "李副主席>王主席:UPDATE", "王主席>李副主席:INSERT", "王主席>张干事:UPDATE",
                    "王主席>张干事:PASSWORD_CHANGE", "王主席>张干事:INSERT", "王主席>王主席:INSERT");
            assertThat(log.get(0).after()).contains("\"active\":true").doesNotContain("$2");
            assertThat(log).noneMatch(e -> String.valueOf(e.after()).contains("Xinmima2026"));
        }
    }

    @Test
    void theStoredPasswordIsASaltedBcryptHash() throws Exception {
        try (AppContext app = TestApp.open(dir)) {
            app.operatorAccounts().createFirstAdministrator("王主席", pw(ADMIN_PW));
            app.operatorAccounts().add("张干事", pw(ADMIN_PW), OperatorRole.CLERK);
        }
        List<String> hashes = new java.util.ArrayList<>();
        try (cn.warmledger.persistence.Database db = cn.warmledger.testing.TestDatabases.open(dir)) {
            cn.warmledger.persistence.OperatorRepository repository = new cn.warmledger.persistence.OperatorRepository(db);
            hashes.add(repository.passwordHash("张干事").orElseThrow());
            hashes.add(repository.passwordHash("王主席").orElseThrow());
        }
        assertThat(hashes).hasSize(2).allMatch(h -> h.startsWith("$2a$12$") && h.length() == 60)
                .noneMatch(h -> h.contains(ADMIN_PW));
        assertThat(hashes.get(0)).isNotEqualTo(hashes.get(1)); // the same password, another salt
        if (!cn.warmledger.testing.TestDatabases.onPostgres()) {
            byte[] file = Files.readAllBytes(dir.resolve("warmledger.mv.db"));
            assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(ADMIN_PW);
        }
    }

    @Test
    void aClerkChangesHerOwnPasswordAfterTheCurrentOneIsChecked() {
        try (AppContext app = TestApp.open(dir)) {
            OperatorAccounts accounts = app.operatorAccounts();
            // signed in with the one database password (no account): nothing to change here
            assertThatThrownBy(() -> accounts.changeOwnPassword(pw(CLERK_PW), pw("Xinmima2026")))
                    .hasMessageContaining("用自己的操作员账号登录");
            accounts.createFirstAdministrator("王主席", pw(ADMIN_PW));
            accounts.add("张干事", pw(CLERK_PW), OperatorRole.CLERK);
            accounts.signIn("张干事", pw(CLERK_PW));

            assertThatThrownBy(() -> accounts.changeOwnPassword(pw("Ganshi2025"), pw("Xinmima2026")))
                    .isInstanceOf(InvalidValueException.class).hasMessage("当前密码：当前密码不对，密码没有修改");
            assertThatThrownBy(() -> accounts.changeOwnPassword(pw(CLERK_PW), pw("12345678")))
                    .hasMessageStartingWith("密码：太简单");
            accounts.signIn("张干事", pw(CLERK_PW)); // both refusals changed nothing

            accounts.changeOwnPassword(pw(CLERK_PW), pw("Xinmima2026"));
            assertThatThrownBy(() -> accounts.signIn("张干事", pw(CLERK_PW))).isInstanceOf(WrongPasswordException.class);
            accounts.signIn("张干事", pw("Xinmima2026"));
            accounts.signIn("王主席", pw(ADMIN_PW)); // only her own password changed
            assertThat(accounts.list()).filteredOn(a -> a.name().equals("张干事")).singleElement()
                    .satisfies(a -> assertThat(a.changedBy()).isEqualTo("张干事"));
            AuditEntry entry = app.audit().list(new AuditQuery(null, AuditTrail.OPERATOR, null, null, 1)).get(0);
            assertThat(entry.operator() + ">" + entry.entityId() + ":" + entry.action())
                    .isEqualTo("张干事>张干事:PASSWORD_CHANGE");
            assertThat(String.valueOf(entry.before()) + entry.after()).doesNotContain("Xinmima2026").doesNotContain("$2");
        }
    }

    private static AuditEntry latest(AppContext app) {
        return app.audit().list(new AuditQuery(null, null, null, null, 1)).get(0);
    }

    private static DatabasePassword pw(String text) {
        return DatabasePassword.of(text);
    }

    /** An unknown name is checked against a hash of the same cost as the accounts', so it takes as long. */
    @Test
    void theDecoyForAnUnknownNameHasTheAccountsCost() {
        assertThat(OperatorAccounts.DECOY).startsWith("$2a$" + OperatorAccounts.COST + "$").hasSize(60);
    }
}
