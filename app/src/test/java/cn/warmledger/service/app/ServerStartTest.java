package cn.warmledger.service.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.OperatorRole;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.DatabaseConnectionService;
import cn.warmledger.testing.PostgresCluster;

/**
 * The start on the office's server (issue 18, points 1 and 3) against the real throw-away PostgreSQL cluster: 设置 →
 * 数据库 saves the server and its password (encrypted) in the data folder, 测试连接 says what is wrong, the start opens
 * the server with the saved password, the first operator becomes its administrator, and from then on each clerk
 * signs in with her own account and the 操作日志 on the server names her.
 */
class ServerStartTest {
    static final String ADMIN_PW = "Guanli2026!";
    static final String CLERK_PW = "Ganshi2026";
    @TempDir
    Path dir;

    @Test
    void startsFromTheConnectionFileAndSignsInWithAccounts() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress server = cluster.newDatabase("start");
        AppPaths pc = new AppPaths(dir.resolve("pc1"));
        DatabaseConnectionService connection = new DatabaseConnectionService(pc.dataDir());

        assertThat(connection.test(server, DatabasePassword.of("Falsch2026x"))).hasValueSatisfying(
                m -> assertThat(m).isEqualTo("单位服务器拒绝登录（用户 " + server.user() + "）：用户名或密码不对"));
        ServerAddress missing = new ServerAddress(server.host(), server.port(), "no_such_db", server.user(), false);
        assertThat(connection.test(missing, DatabasePassword.of(cluster.password())))
                .hasValueSatisfying(m -> assertThat(m).contains("没有数据库 no_such_db"));
        assertThat(connection.test(server, DatabasePassword.of(cluster.password()))).isEmpty();

        connection.save(true, server, DatabasePassword.of(cluster.password()));
        try (AppContext app = AppContext.openConfiguredServer(pc)) {
            assertThat(app.operatorAccounts().firstRun()).isTrue();
            app.operatorAccounts().createFirstAdministrator("王主席", DatabasePassword.of(ADMIN_PW));
            app.operatorAccounts().add("张干事", DatabasePassword.of(CLERK_PW), OperatorRole.CLERK);
        }

        // a second PC of the office, its own data folder and connection file: the accounts are the server's
        AppPaths pc2 = new AppPaths(dir.resolve("pc2"));
        new DatabaseConnectionService(pc2.dataDir()).save(true, server, DatabasePassword.of(cluster.password()));
        try (AppContext app = AppContext.openConfiguredServer(pc2)) {
            assertThat(app.operatorAccounts().firstRun()).isFalse();
            assertThatThrownBy(() -> app.operatorAccounts().createFirstAdministrator("李四", DatabasePassword.of(ADMIN_PW)))
                    .hasMessageContaining("已经有管理员");
            assertThatThrownBy(() -> app.operatorAccounts().signIn("张干事", DatabasePassword.of(ADMIN_PW)))
                    .isInstanceOf(WrongPasswordException.class).hasMessage("操作员姓名或密码不对，请重新输入");
            app.operatorAccounts().signIn("张干事", DatabasePassword.of(CLERK_PW));
            app.settings().set("org.phone", "0551-62345678");
            AuditEntry last = app.audit().list(new AuditQuery(null, null, null, null, 1)).get(0);
            assertThat(last.operator()).isEqualTo("张干事");
            assertThat(last.entity()).isEqualTo("setting");
        }
        try (AppContext app = AppContext.openConfiguredServer(pc)) {
            app.operatorAccounts().signIn("王主席", DatabasePassword.of(ADMIN_PW));
            app.operatorAccounts().setActive("张干事", false);
        }
        try (AppContext app = AppContext.openConfiguredServer(pc2)) {
            assertThatThrownBy(() -> app.operatorAccounts().signIn("张干事", DatabasePassword.of(CLERK_PW)))
                    .hasMessage("操作员“张干事”已停用，不能登录；请找管理员");
        }

        // switched back to 本机数据库: the start no longer opens the server
        connection.save(false, null, null);
        assertThatThrownBy(() -> AppContext.openConfiguredServer(pc)).hasMessage("密码：必填，不能为空");
    }
}
