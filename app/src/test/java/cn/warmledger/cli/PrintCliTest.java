package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.Launcher;
import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/**
 * {@code print}: wrong selectors are refused with the usage; end to end, {@code print roster} through the JDK's
 * print service and lpr into a cups-pdf queue of a CUPS scheduler the test starts itself: the PDF arrives with the
 * page count of the layout, CUPS received the text as text, and a queue that refuses jobs or an unknown printer
 * exits 1 with the reason. Skips that part, saying why, where CUPS, cups-bsd or cups-pdf is missing.
 */
class PrintCliTest {
    @TempDir
    Path dir;

    private Result run(String... args) {
        return CliRun.inDir(dir.resolve("data"), args);
    }

    /** The packaged command line in a JVM of its own, talking to {@code cups}. */
    private Result child(PrivateCups cups, String... args) throws Exception {
        return child(cups, false, args);
    }

    /**
     * {@code withoutLpr}: in a mount namespace of its own where /usr/bin/lpr is /dev/null, as on a Debian without
     * cups-bsd (printers are still listed through libcups; only the command that takes the job is missing).
     */
    private Result child(PrivateCups cups, boolean withoutLpr, String... args) throws Exception {
        List<String> cmd = new ArrayList<>();
        if (withoutLpr) {
            cmd.addAll(List.of("unshare", "-m", "sh", "-c", "mount --bind /dev/null /usr/bin/lpr && exec \"$@\"", "sh"));
        }
        cmd.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--data-dir", dir.resolve("data").toString()));
        cmd.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("CUPS_SERVER", cups.server());
        pb.environment().remove("WARMLEDGER_PASSWORD");
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("print finished").isTrue();
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void wrongSelectorsShowTheUsage() {
        TestApp.open(dir.resolve("data")).close();
        Result none = run("print");
        assertThat(none.code()).isEqualTo(Cli.USAGE);
        assertThat(none.err()).contains("print roster --campaign 编号");
        assertThat(run("print", "roster").code()).isEqualTo(Cli.USAGE);
        assertThat(run("print", "aid-center", "--campaign", "1").code()).isEqualTo(Cli.USAGE);
        // copies out of 1..99 or not a number: exit 1 naming the option, before any figures are read
        for (String bad : List.of("两", "0", "-1", "100", "4294967297", "2.5")) {
            Result copies = run("print", "roster", "--campaign", "1", "--copies", bad);
            assertThat(copies.code()).as(bad).isEqualTo(Cli.FAILURE);
            assertThat(copies.err().strip()).isEqualTo("--copies（份数）应为 1 至 99 的整数，不能是“" + bad + "”");
        }
        assertThat(run("print", "roster", "--campaign", "1", "--colour").err()).contains("--colour");
    }

    @Test
    void printRosterIntoACupsPdfQueue() throws Exception {
        Optional<String> why = PrivateCups.unavailable();
        if (why.isPresent()) {
            System.out.println("PrintCliTest.printRosterIntoACupsPdfQueue skipped: " + why.get());
        }
        Assumptions.assumeTrue(why.isEmpty(), () -> "no CUPS with cups-pdf here: " + why.orElse(""));
        Path data = dir.resolve("data");
        TestApp.open(data).close();
        long campaign = ReportFixture.largeCampaign(data, 40);
        Path pdfDir = PrivateCups.outputDir();
        try (PrivateCups cups = new PrivateCups()) {
            Result list = child(cups, "print", "--list-printers");
            assertThat(list.code()).as(list.err()).isZero();
            assertThat(list.out()).contains(PrivateCups.QUEUE + "（默认）");

            Set<Path> before = pdfs(pdfDir);
            Result printed = child(cups, "print", "roster", "--campaign", String.valueOf(campaign), "--printer",
                    PrivateCups.QUEUE);
            assertThat(printed.code()).as(printed.err()).isZero();
            assertThat(printed.out().strip()).isEqualTo("已发送到打印机 " + PrivateCups.QUEUE + "，共 3 页");
            Path[] arrived = new Path[1];
            try {
                WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                    for (Path f : pdfs(pdfDir)) {
                        if (!before.contains(f) && pages(f) == 3) {
                            arrived[0] = f;
                            return true;
                        }
                    }
                    return false;
                });
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("no 3-page PDF from cups-pdf in " + pdfDir + "; CUPS log:\n" + cups.log(), e);
            }
            System.out.println("cups-pdf wrote " + arrived[0] + " (" + Files.size(arrived[0]) + " bytes, 3 pages)");
            Files.deleteIfExists(arrived[0]);
            // what CUPS received is the PDF with the text as text (cups-pdf's own output goes through PostScript)
            List<Path> spooled = cups.spooledDocuments();
            assertThat(spooled).as(cups.log()).isNotEmpty();
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(spooled.get(spooled.size() - 1)))) {
                assertThat(doc.getNumberOfPages()).isEqualTo(3);
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
                assertThat(text).contains("职工00000", "职工00039", "本页小计", "合计金额（大写）：肆仟元整");
            }

            // whole 身份证号 on paper is logged, as recipients list --full-id and export --full-id are
            Result full = child(cups, "print", "roster", "--campaign", String.valueOf(campaign), "--full-id",
                    "--printer", PrivateCups.QUEUE, "--copies", "2");
            assertThat(full.code()).as(full.err()).isZero();
            assertThat(full.out().strip()).isEqualTo("已发送到打印机 " + PrivateCups.QUEUE + "，共 3 页，2 份");
            try (AppContext app = TestApp.open(data)) {
                assertThat(app.audit().list(new AuditQuery(null, null, AuditAction.SHOW_FULL, null, 10)))
                        .extracting(AuditEntry::summary)
                        .containsExactly("打印完整身份证号（慰问金发放花名册，共 3 页，2 份，打印机 " + PrivateCups.QUEUE + "）");
            }
            spooled = cups.spooledDocuments();

            if (canHideLpr()) {
                Result noLpr = child(cups, true, "print", "roster", "--campaign", String.valueOf(campaign));
                assertThat(noLpr.code()).as(noLpr.out() + noLpr.err()).isEqualTo(Cli.FAILURE);
                assertThat(noLpr.err()).contains("没有找到打印命令 lpr").contains("请安装 cups-bsd");
                assertThat(cups.spooledDocuments()).as("nothing reached CUPS").hasSameSizeAs(spooled);
            } else {
                System.out.println("PrintCliTest: no mount namespace here (unshare -m), the run without lpr is left out");
            }

            cups.admin("/usr/sbin/cupsreject", "-h", cups.server(), PrivateCups.QUEUE);
            Result refused = child(cups, "print", "roster", "--campaign", String.valueOf(campaign));
            assertThat(refused.code()).isEqualTo(Cli.FAILURE);
            assertThat(refused.err()).contains("打印机未就绪").contains(PrivateCups.QUEUE);

            Result unknown = child(cups, "print", "roster", "--campaign", String.valueOf(campaign), "--printer", "NOPE");
            assertThat(unknown.code()).isEqualTo(Cli.FAILURE);
            assertThat(unknown.err()).contains("没有名为“NOPE”的打印机").contains(PrivateCups.QUEUE);
        }
    }

    private static boolean canHideLpr() {
        try {
            Process p = new ProcessBuilder("unshare", "-m", "sh", "-c", "mount --bind /dev/null /usr/bin/lpr")
                    .redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static Set<Path> pdfs(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Set.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(f -> f.toString().endsWith(".pdf")).collect(Collectors.toSet());
        }
    }

    private static int pages(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            return -1;
        }
    }
}
