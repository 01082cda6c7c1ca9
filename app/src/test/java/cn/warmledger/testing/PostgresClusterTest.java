package cn.warmledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import cn.warmledger.domain.ServerAddress;

/** The throw-away cluster itself: two fresh databases, each empty, both reachable with the scram password. */
class PostgresClusterTest {
    @Test
    void givesEachCallerAFreshEmptyDatabase() throws Exception {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress a = cluster.newDatabase("first");
        ServerAddress b = cluster.newDatabase("first");
        assertThat(a.database()).isNotEqualTo(b.database());
        try (Connection c = DriverManager.getConnection(a.jdbcUrl(), a.user(), new String(cluster.password()));
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (x INT)");
            s.execute("INSERT INTO t VALUES (7)");
            try (ResultSet rs = s.executeQuery("SELECT x FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
        try (Connection c = DriverManager.getConnection(b.jdbcUrl(), b.user(), new String(cluster.password()));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void refusesAWrongPassword() {
        PostgresCluster cluster = PostgresCluster.get();
        ServerAddress a = cluster.newDatabase("pw");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> DriverManager.getConnection(a.jdbcUrl(), a.user(), "wrong"))
                .hasMessageContaining("password");
    }
}
