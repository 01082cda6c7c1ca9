package cn.warmledger.service.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.PrintLayout;
import cn.warmledger.domain.PrintLayout.PlacedCell;
import cn.warmledger.domain.PrintLayout.PrintedPage;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;

/**
 * An upper union's own template (export/print --template) wider than A4 at its own 100 %, with a hidden column and
 * a footer naming the file: filled and printed through the same path as 报表 → 自定义模板 → 打印, its columns go on a
 * second page with 单位 repeated, nothing beyond the margin, the hidden column nowhere, the footer's &F the export's
 * name.
 */
class OwnTemplatePrintTest {
    @TempDir
    Path dir;

    @Test
    void aWideOwnTemplatePrintsAllItsColumnsOnPaper() throws Exception {
        TestApp.open(dir).close();
        ReportFixture f = ReportFixture.load(dir);
        Path template = dir.resolve("县总工会统计表.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(template)) {
            XSSFSheet sheet = wb.createSheet("统计");
            XSSFRow header = sheet.createRow(0);
            XSSFRow body = sheet.createRow(1);
            header.createCell(0).setCellValue("单位");
            body.createCell(0).setCellValue("${units.name}");
            for (int c = 1; c <= 12; c++) {
                header.createCell(c).setCellValue(c == 5 ? "内部备注" : "第" + c + "项");
                body.createCell(c).setCellValue("${units.visitCount}");
                sheet.setColumnWidth(c, 12 * 256);
            }
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnHidden(5, true);
            sheet.getPrintSetup().setPaperSize((short) 9);
            sheet.getFooter().setCenter("&F 第 &P 页");
            wb.write(out);
        }
        try (AppContext ctx = TestApp.open(dir)) {
            ReportRequest request = ReportRequest.warmthStats(f.campaign).withTemplate(template);
            ctx.reports().checkTemplate(request.kind(), template);
            SheetGrid grid = ctx.reports().sheet(request, Progress.none());
            String exportName = ctx.reports().defaultOutput(request).getFileName().toString();
            List<PrintedPage> pages = PrintLayout.layout(grid);

            assertThat(pages).hasSize(2);
            for (PrintedPage page : pages) {
                assertThat(page.scale()).as("the template's own 100 %").isEqualTo(1.0);
                assertThat(page.cells()).allSatisfy(c -> assertThat(c.x() + c.width()).as(c.text())
                        .isLessThanOrEqualTo(page.right() + 0.01));
                List<String> texts = page.cells().stream().map(PlacedCell::text).toList();
                assertThat(texts).contains("单位", "城关镇机关工会").doesNotContain("内部备注");
                assertThat(page.footer().center()).isEqualTo(exportName + " 第 " + page.number() + " 页");
            }
            assertThat(pages.stream().flatMap(p -> p.cells().stream()).map(PlacedCell::text)
                    .filter(t -> t.startsWith("第") && t.endsWith("项"))).hasSize(11).doesNotHaveDuplicates();
        }
    }
}
