package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.printing.PrintReceipt;
import cn.warmledger.service.app.AppContext;

/**
 * Whole 身份证号 leaving the program, on paper or in a file, is logged as 显示完整号码 (as recipients list --full-id
 * is): the table, and for a print its pages, copies and printer. The masked roster logs nothing.
 */
class FullIdAuditTest {
    @TempDir
    Path dir;

    private static List<AuditEntry> shown(AppContext app) {
        return app.audit().list(new AuditQuery(null, null, AuditAction.SHOW_FULL, null, 100));
    }

    @Test
    void printingAndExportingWholeIdNumbersAreLogged() {
        TestApp.open(dir).close();
        ReportFixture f = ReportFixture.load(dir);
        try (AppContext app = TestApp.open(dir)) {
            app.reports().printed(ReportRequest.roster(f.campaign, null, false), new PrintReceipt("PDF", 3, 1));
            app.reports().export(ReportRequest.roster(f.campaign, null, false), dir.resolve("masked.xlsx"),
                    Progress.none());
            assertThat(shown(app)).as("masked: nothing to log").isEmpty();

            app.reports().printed(ReportRequest.roster(f.campaign, null, true), new PrintReceipt("PDF", 3, 2));
            assertThat(shown(app)).singleElement().satisfies(e -> {
                assertThat(e.summary()).isEqualTo("打印完整身份证号（慰问金发放花名册，共 3 页，2 份，打印机 PDF）");
                assertThat(e.entity()).isEqualTo("recipient");
            });
            app.reports().export(ReportRequest.roster(f.campaign, null, true), dir.resolve("full.xlsx"),
                    Progress.none());
            assertThat(shown(app)).hasSize(2).first().satisfies(e -> assertThat(e.summary())
                    .isEqualTo("导出完整身份证号（慰问金发放花名册：full.xlsx）"));
            app.reports().sheet(ReportRequest.roster(f.campaign, null, true), Progress.none());
            assertThat(shown(app)).as("filling a sheet to print is not an export").hasSize(2);
        }
    }
}
