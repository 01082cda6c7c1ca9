package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestSheets;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/** A 10,000-line roster streams out (SXSSF) with a 小计 per page and the right 合计; prints how long it took. */
class LargeRosterTest {
    @TempDir
    Path dir;

    @Test
    void tenThousandLines() throws Exception {
        TestApp.open(dir).close();
        long campaign = ReportFixture.largeCampaign(dir, 10_000);
        Path out = dir.resolve("big.xlsx");
        long[] lastProgress = new long[2];
        try (AppContext ctx = TestApp.open(dir)) {
            long start = System.nanoTime();
            ExportResult result = ctx.reports().export(ReportRequest.roster(campaign, null, false), out,
                    new Progress() {
                        @Override
                        public void update(long done, long total) {
                            lastProgress[0] = done;
                            lastProgress[1] = total;
                        }

                        @Override
                        public boolean isCancelled() {
                            return false;
                        }
                    });
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.println("10,000-line roster export: " + ms + " ms, " + java.nio.file.Files.size(out) + " bytes");
            assertThat(result.rows()).isEqualTo(10_000);
        }
        assertThat(lastProgress).containsExactly(10_000, 10_000);
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            int pages = (10_000 + 14) / 15;
            assertThat(s.getRowBreaks()).hasSize(pages - 1);
            int totalRow = 3 + 10_000 + pages;
            assertThat(s.getRow(totalRow).getCell(6).getNumericCellValue()).isEqualTo(1_000_000.0);
            assertThat(s.getRow(totalRow + 1).getCell(0).getStringCellValue()).isEqualTo("合计金额（大写）：壹佰万元整");
            assertThat(s.getRow(totalRow - 1).getCell(6).getNumericCellValue()).isEqualTo(1000.0);
        }
    }

    @Test
    void cancelLeavesNoFile() throws Exception {
        TestApp.open(dir).close();
        long campaign = ReportFixture.largeCampaign(dir, 600);
        Path out = dir.resolve("cancelled.xlsx");
        try (AppContext ctx = TestApp.open(dir)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ctx.reports().export(
                    ReportRequest.roster(campaign, null, false), out, new Progress() {
                        @Override
                        public void update(long done, long total) {
                        }

                        @Override
                        public boolean isCancelled() {
                            return true;
                        }
                    })).isInstanceOf(java.util.concurrent.CancellationException.class);
        }
        assertThat(out).doesNotExist();
        assertThat(dir.toFile().list((d, n) -> n.endsWith(".tmp"))).isEmpty();
    }
}
