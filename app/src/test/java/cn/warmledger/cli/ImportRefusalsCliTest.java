package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;

/** What the import says when the file itself is the problem: named for what it is, in Chinese, nothing saved. */
class ImportRefusalsCliTest {
    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anEmptyWorkbookIsCalledEmptyNotAHeaderOnRowZero() throws Exception {
        Path data = dir.resolve("data");
        TestApp.open(data).close();
        Path empty = dir.resolve("新建工作簿.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(empty)) {
            wb.createSheet("Sheet1");
            wb.write(os);
        }
        for (String kind : new String[] {"recipients", "visits"}) {
            Result r = kind.equals("recipients")
                    ? run("--data-dir", data.toString(), "import", "recipients", empty.toString())
                    : run("--data-dir", data.toString(), "import", "visits", empty.toString(), "--campaign", "1");
            assertThat(r.code()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).as(kind).contains("工作表“Sheet1”是空的").contains("新建工作簿.xlsx")
                    .doesNotContain("第 0 行");
        }
    }
}
