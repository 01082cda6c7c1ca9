package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a county IT person runs it, in its own JVM with the app's own logging set-up: a plain command
 * prints no library's English warning on stderr (Flyway's "not tested with this H2" came with every command).
 */
class CliStderrTest {
    @TempDir
    Path dir;

    @Test
    void aPlainCommandPrintsNoLibraryWarning() throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "cn.warmledger.Launcher",
                "--data-dir", dir.resolve("data").toString(), "--unencrypted", "self-check")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(err, StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("自检通过");
        List<String> lines = Files.readAllLines(err, StandardCharsets.UTF_8);
        // the one expected line: the unencrypted folder's notice, in Chinese
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("WARN")
                .matches(".*\\p{IsHan}.*"));
    }
}
