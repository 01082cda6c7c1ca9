package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/**
 * The printed roster against LibreOffice's rendering of the exported .xlsx: the same number of pages and, page by
 * page, the same characters (how each cell wraps may differ by a character; what is on which page may not).
 * Skips itself, saying so, where LibreOffice is not installed.
 */
class PrintMatchesLibreOfficeTest {
    @TempDir
    Path dir;

    @Test
    void everyPrintedPageHoldsWhatLibreOfficePrintsOnIt() throws Exception {
        Optional<String> office = LibreOfficeOpensOutputsTest.office();
        if (office.isEmpty()) {
            System.out.println("PrintMatchesLibreOfficeTest skipped: soffice/libreoffice not on PATH");
        }
        Assumptions.assumeTrue(office.isPresent(), "LibreOffice is not installed");
        TestApp.open(dir).close();
        long campaign = ReportFixture.largeCampaign(dir, 40);
        Path xlsx = dir.resolve("roster.xlsx");
        byte[] printed;
        try (AppContext ctx = TestApp.open(dir)) {
            ctx.reports().export(ReportRequest.roster(campaign, null, false), xlsx, Progress.none());
            SheetGrid grid = ctx.reports().preview(xlsx);
            printed = ctx.printing().pdf(grid, "慰问金发放花名册");
        }
        Process p = new ProcessBuilder(office.get(), "-env:UserInstallation=file://" + dir.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.resolve("lo").toString(), xlsx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("lo.log").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
        Path rendered = dir.resolve("lo/roster.pdf");
        assertThat(rendered).as(Files.readString(dir.resolve("lo.log"))).exists();
        List<String> ours = pages(printed);
        List<String> theirs = pages(Files.readAllBytes(rendered));
        assertThat(ours).hasSize(3).hasSameSizeAs(theirs);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i)).as("characters on page %d", i + 1).isEqualTo(theirs.get(i));
        }
    }

    /** Each page's characters, sorted, without white space. */
    private static List<String> pages(byte[] pdf) throws Exception {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper strip = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                strip.setStartPage(i);
                strip.setEndPage(i);
                int[] chars = strip.getText(doc).codePoints().filter(c -> !Character.isWhitespace(c)).sorted().toArray();
                pages.add(new String(chars, 0, chars.length));
            }
        }
        return pages;
    }
}
