package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.service.app.AppContext;

/**
 * A large roster of people not yet registered: read, checked, people and visits saved; the time is printed.
 * 2,000 rows in the suite (the visits go one by one through VisitService); the 10,000-row figure of ADR 5-2
 * comes from {@code -Dwarmledger.visitImportRows=10000}.
 */
class VisitImportLargeTest {
    static final int ROWS = Integer.getInteger("warmledger.visitImportRows", 2_000);

    @TempDir
    Path dir;

    @Test
    void importsALargeRoster() throws Exception {
        Path file = VisitFixtures.largeRoster(dir, ROWS);
        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            long campaign = app.campaigns().save(TestCampaigns.springFestival());
            VisitImportService imports = app.visitImport();
            long start = System.nanoTime();
            LoadedSheet sheet = imports.load(file, null);
            long read = System.nanoTime();
            ImportPlan plan = imports.analyse(sheet, sheet.detectedHeaderRow(),
                    imports.guessMapping(sheet, sheet.detectedHeaderRow()), campaign, Progress.none());
            long checked = System.nanoTime();
            long[] last = {0};
            VisitImportResult result = imports.execute(plan, null, new Progress() {
                @Override
                public void update(long done, long total) {
                    last[0] = done;
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
            long saved = System.nanoTime();
            System.out.printf("visit import of %d rows: read %d ms, checked %d ms, saved %d ms, total %d ms%n", ROWS,
                    (read - start) / 1_000_000, (checked - read) / 1_000_000, (saved - checked) / 1_000_000,
                    (saved - start) / 1_000_000);
            assertThat(result).isEqualTo(new VisitImportResult(ROWS, ROWS, 0, 0, 0));
            assertThat(last[0]).isEqualTo(2L * ROWS);
            assertThat(app.visits().search(VisitQuery.ofCampaign(campaign))).hasSize(ROWS);
            assertThat(app.recipients().count()).isEqualTo(ROWS);
        }
    }
}
