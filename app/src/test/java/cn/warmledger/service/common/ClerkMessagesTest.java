package cn.warmledger.service.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.h2.message.DbException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

import cn.warmledger.domain.InvalidValueException;

/**
 * What the clerk reads when something failed: H2's failures as H2 raises them (a real in-memory database), wrapped
 * as jOOQ wraps them with the SQL in front, come out in Chinese, the column named where the clerk knows it; a
 * full disk is 磁盘空间不足; our own messages pass unchanged; an English internal error is not shown as is.
 */
class ClerkMessagesTest {

    private static SQLException fromH2(String ddl, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:clerk" + System.nanoTime());
             Statement s = c.createStatement()) {
            s.execute(ddl);
            s.execute(statement);
        } catch (SQLException e) {
            return e;
        }
        throw new AssertionError("H2 accepted " + statement);
    }

    private static DataAccessException asJooq(SQLException e) {
        return new DataAccessException("SQL [insert into \"VISIT\" (\"CASH\") values (?)]; " + e.getMessage(), e);
    }

    @Test
    void aValueTooLargeForItsColumnIsNamedInChineseWithoutH2sText() throws Exception {
        SQLException tooLarge = fromH2("create table visit(cash decimal(14,2))",
                "insert into visit(cash) values (1000000000000)");
        String shown = ClerkMessages.of(asJooq(tooLarge));
        assertThat(shown).startsWith("慰问金").contains("超出了允许的长度或范围").doesNotContain("SQL")
                .doesNotContain("Value").doesNotContain("DECIMAL").doesNotContain("VISIT");

        SQLException tooLong = fromH2("create table campaign(name varchar(200))",
                "insert into campaign(name) values ('" + "名".repeat(210) + "')");
        assertThat(ClerkMessages.of(asJooq(tooLong))).startsWith("名称").doesNotContain("CHARACTER VARYING");

        SQLException duplicate = fromH2("create table t(id int primary key); insert into t values (1)",
                "insert into t values (1)");
        assertThat(ClerkMessages.of(asJooq(duplicate))).isEqualTo("这条记录已经存在，没有重复保存");
    }

    @Test
    void aFullDiskIsSaidAsSuchWhereverItComesFrom() {
        IOException noSpace = new IOException("No space left on device");
        SQLException h2 = DbException.convertIOException(noSpace, "/data/warmledger.mv.db").getSQLException();
        assertThat(ClerkMessages.of(asJooq(h2))).startsWith("磁盘空间不足");
        assertThat(ClerkMessages.of(new UncheckedIOException("写入失败", noSpace))).startsWith("磁盘空间不足");
        assertThat(ClerkMessages.of(new IllegalStateException("Writing to /data/warmledger.mv.db failed",
                new IOException("There is not enough space on the disk")))).startsWith("磁盘空间不足");
    }

    @Test
    void ourOwnMessagesPassAndEnglishOnesDoNot() {
        InvalidValueException invalid = new InvalidValueException("慰问金", "不能为负数（-1）");
        assertThat(ClerkMessages.of(invalid)).isEqualTo(invalid.getMessage());
        assertThat(ClerkMessages.readable(invalid)).isSameAs(invalid);
        NullPointerException npe = new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        assertThat(ClerkMessages.of(npe)).startsWith("操作没有完成：程序内部错误")
                .doesNotContain("Cannot invoke").doesNotContain("NullPointerException").doesNotContain("Exception");
        Throwable readable = ClerkMessages.readable(npe);
        assertThat(readable.getMessage()).startsWith("操作没有完成").doesNotContain("Cannot invoke");
        assertThat(readable.getCause()).isSameAs(npe);
        java.util.concurrent.CancellationException cancel = new java.util.concurrent.CancellationException();
        assertThat(ClerkMessages.readable(cancel)).isSameAs(cancel);
    }

    /** Real I/O failures of the JDK, each told by its kind in Chinese: no English text, no class name. */
    @Test
    void realIoFailuresAreToldInChineseWithoutTheirEnglishText(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.util.List<Throwable> failures = new java.util.ArrayList<>();
        java.nio.file.Path missing = dir.resolve("没有的.xlsx");
        try {
            java.nio.file.Files.readAllBytes(missing);
        } catch (IOException e) {
            failures.add(e);
            assertThat(ClerkMessages.of(new java.io.UncheckedIOException(e))).contains("找不到“" + missing + "”");
        }
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("a.txt"), "x");
        try {
            java.nio.file.Files.createDirectories(file.resolve("sub"));
        } catch (IOException e) {
            failures.add(e);
        }
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", closed), 2000);
        } catch (IOException e) {
            failures.add(e);
            assertThat(cn.warmledger.domain.Causes.ioReason(e)).isEqualTo("对方拒绝连接或无法连接");
        }
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             java.net.Socket socket = new java.net.Socket("127.0.0.1", server.getLocalPort())) {
            socket.setSoTimeout(100);
            socket.getInputStream().read();
        } catch (IOException e) {
            failures.add(e);
            assertThat(cn.warmledger.domain.Causes.ioReason(e)).isEqualTo("等待对方答复超时");
        }
        assertThat(failures).hasSize(4);
        for (Throwable f : failures) {
            String shown = ClerkMessages.of(new RuntimeException(f));
            assertThat(shown).as(f.toString()).startsWith("操作没有完成：").doesNotContain("Exception")
                    .doesNotContain(String.valueOf(f.getMessage()).replace(dir.toString(), "§"));
            String reason = cn.warmledger.domain.Causes.ioReason(f).replaceAll("“[^”]*”", "“”"); // the path may be Latin
            assertThat(reason).as(f.toString()).doesNotContainPattern("[A-Za-z]{3,}");
        }
    }
}
