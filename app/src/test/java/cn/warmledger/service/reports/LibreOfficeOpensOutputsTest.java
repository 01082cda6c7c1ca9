package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/**
 * The three outputs open in LibreOffice headless: each converts to PDF without error. Skips itself, saying so,
 * where LibreOffice is not installed (apt-get install libreoffice-calc).
 */
class LibreOfficeOpensOutputsTest {
    @TempDir
    Path dir;

    static Optional<String> office() {
        for (String name : List.of("soffice", "libreoffice")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, name))) {
                    return Optional.of(Path.of(folder, name).toString());
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void outputsConvertToPdf() throws Exception {
        Optional<String> office = office();
        if (office.isEmpty()) {
            System.out.println("LibreOfficeOpensOutputsTest skipped: soffice/libreoffice not on PATH");
        }
        Assumptions.assumeTrue(office.isPresent(), "LibreOffice (soffice) is not installed; skipping the open test");
        TestApp.open(dir).close();
        ReportFixture f = ReportFixture.load(dir);
        Path outDir = Files.createDirectories(dir.resolve("out"));
        List<Path> files = new ArrayList<>();
        try (AppContext ctx = TestApp.open(dir)) {
            files.add(ctx.reports().export(ReportRequest.warmthStats(f.campaign), outDir.resolve("warmth.xlsx"),
                    Progress.none()).file());
            files.add(ctx.reports().export(ReportRequest.aidCenter(2024), outDir.resolve("aid.xlsx"),
                    Progress.none()).file());
            files.add(ctx.reports().export(ReportRequest.roster(f.campaign, null, false), outDir.resolve("roster.xlsx"),
                    Progress.none()).file());
        }
        List<String> command = new ArrayList<>(List.of(office.get(), "-env:UserInstallation=file://"
                + dir.resolve("lo-profile").toAbsolutePath(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.resolve("pdf").toString()));
        files.forEach(p -> command.add(p.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        String log = Files.readString(dir.resolve("lo.log"));
        assertThat(p.exitValue()).as(log).isZero();
        for (String name : List.of("warmth.pdf", "aid.pdf", "roster.pdf")) {
            Path pdf = dir.resolve("pdf").resolve(name);
            assertThat(pdf).as(log).exists();
            assertThat(Files.size(pdf)).isGreaterThan(1000);
        }
    }
}
