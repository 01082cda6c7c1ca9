package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.TestApp;
import cn.warmledger.service.app.AppContext;

/** A 10,000-row .xlsx: read, checked and saved in one transaction; the time is printed for the record. */
class RecipientImportLargeTest {
    static final int ROWS = 10_000;

    @TempDir
    Path dir;

    @Test
    void importsTenThousandRows() throws Exception {
        Path file = ImportFixtures.large(dir, ROWS);
        try (AppContext app = TestApp.open(dir.resolve("data"))) {
            RecipientImportService imports = app.recipientImport();
            long start = System.nanoTime();
            LoadedSheet sheet = imports.load(file, null);
            long read = System.nanoTime();
            ImportPlan plan = imports.analyse(sheet, sheet.detectedHeaderRow(),
                    imports.guessMapping(sheet, sheet.detectedHeaderRow()), ImportOptions.DEFAULT, Progress.none());
            long checked = System.nanoTime();
            long[] last = {0};
            ImportResult result = imports.execute(plan, DuplicateChoice.SKIP, new Progress() {
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
            System.out.printf("import of %d rows: read %d ms, checked %d ms, saved %d ms, total %d ms%n", ROWS,
                    (read - start) / 1_000_000, (checked - read) / 1_000_000, (saved - checked) / 1_000_000,
                    (saved - start) / 1_000_000);
            assertThat(result).isEqualTo(new ImportResult(ROWS, 0, 0, 0));
            assertThat(last[0]).isEqualTo(ROWS);
            assertThat(app.recipients().count()).isEqualTo(ROWS);
            assertThat(app.tableCounts()).containsEntry("hardship_file", ROWS);
            // the import's search pieces are written at its end (ADR 16-5): every row is found by its name
            assertThat(app.recipients().page(RecipientQuery.all().withText("职工").page(0, 10)).total()).isEqualTo(ROWS);
            assertThat(app.recipients().page(RecipientQuery.all().withText("工").page(0, 10)).total()).isEqualTo(ROWS);
            assertThat(app.recipients().page(RecipientQuery.all().withText("职工123").page(0, 20)).rows())
                    .extracting(RecipientSummary::name).containsExactlyInAnyOrder("职工123", "职工1230", "职工1231",
                            "职工1232", "职工1233", "职工1234", "职工1235", "职工1236", "职工1237", "职工1238", "职工1239");
            assertThat(app.recipients().page(RecipientQuery.all().withText("第7厂").page(0, 10)).total())
                    .isEqualTo(ROWS / 40);
        }
    }
}
