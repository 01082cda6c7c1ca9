package cn.warmledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Issue 18: the office server's address as written after --database, never holding a password. */
class ServerAddressTest {
    @Test
    void readsUserHostPortAndDatabaseWithPort5432WhenLeftOut() {
        ServerAddress a = ServerAddress.parse("postgresql://wl_clerk@db.county.local:6432/warmledger");
        assertThat(a).isEqualTo(new ServerAddress("db.county.local", 6432, "warmledger", "wl_clerk", false));
        assertThat(ServerAddress.parse(" postgresql://wl@10.0.0.5/ghz ").port()).isEqualTo(5432);
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.county.local:6432/warmledger?sslmode=disable");
    }

    @Test
    void sslmodeRequireAsksForAnEncryptedConnectionAndIsWrittenBack() {
        ServerAddress a = ServerAddress.parse("postgresql://wl@10.0.0.5:5432/ghz?sslmode=require");
        assertThat(a.ssl()).isTrue();
        assertThat(a.jdbcUrl()).endsWith("?sslmode=require");
        assertThat(a.toString()).isEqualTo("postgresql://wl@10.0.0.5:5432/ghz?sslmode=require");
        assertThat(ServerAddress.parse(a.toString())).isEqualTo(a);
    }

    @Test
    void refusesAPasswordInTheAddressAndOtherSchemesInChinese() {
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://wl:secret@10.0.0.5/ghz"))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("数据库地址里不能写密码")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> ServerAddress.parse("mysql://wl@10.0.0.5/ghz"))
                .hasMessageContaining("单位服务器地址").hasMessageContaining("格式不对");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://10.0.0.5/ghz")).hasMessageContaining("格式不对");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://wl@10.0.0.5/")).hasMessageContaining("格式不对");
        assertThatThrownBy(() -> new ServerAddress("h", 70000, "d", "u", false)).hasMessageContaining("端口");
    }
}
