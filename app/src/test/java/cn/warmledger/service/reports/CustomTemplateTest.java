package cn.warmledger.service.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestSheets;
import cn.warmledger.TestTemplates;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/** The upper union's own layout: the same data fills it; a template naming an unknown field is refused. */
class CustomTemplateTest {
    @TempDir
    Path dir;
    private AppContext ctx;
    private ReportFixture fixture;

    @BeforeEach
    void open() {
        TestApp.open(dir).close();
        fixture = ReportFixture.load(dir);
        ctx = TestApp.open(dir);
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    static Path template(Path file, String... cells) throws IOException {
        return TestTemplates.template(file, cells);
    }

    @Test
    void countyLayoutFilledWithTheSameFigures() throws IOException {
        Path t = template(dir.resolve("county.xlsx"),
                "A1", "${org.name}（${org.code}）${campaign.name}",
                "A3", "合计", "B3", "${sum(units.hardshipHouseholds)}", "C3", "${sum(units.totalAmount)}",
                "A4", "${units.name}", "B4", "${units.hardshipHouseholds}", "C4", "${units.totalAmount}",
                "D4", "${units.code}",
                "A6", "慰问 ${count} 人 ${lines} 人次，合计 ${totalInWords}");
        Path kept = ctx.reports().addTemplate(ReportKind.WARMTH_STATS, t);
        assertThat(ctx.reports().templates(ReportKind.WARMTH_STATS)).containsExactly(kept);
        Path out = dir.resolve("county-out.xlsx");
        ctx.reports().export(ReportRequest.warmthStats(fixture.campaign).withTemplate(kept), out, Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("城关镇总工会（340102001）2024年元旦春节送温暖");
            assertThat(s.getRow(2).getCell(1).getCellFormula()).isEqualTo("SUM(B4:B6)");
            assertThat(s.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(3.0);
            assertThat(s.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(0.785);
            assertThat(s.getRow(3).getCell(0).getStringCellValue()).isEqualTo("城关镇总工会");
            assertThat(s.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(s.getRow(4).getCell(3).getStringCellValue()).isEqualTo(ReportFixture.UNIT_A);
            assertThat(s.getRow(5).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(0.145);
            assertThat(s.getRow(7).getCell(0).getStringCellValue()).isEqualTo("慰问 9 人 10 人次，合计 陆仟捌佰伍拾元伍角整");
        }
    }

    @Test
    void rosterFieldsInACampaignTemplate() throws IOException {
        Path t = template(dir.resolve("sign.xlsx"),
                "A1", "${people.seq}", "B1", "${people.name}", "C1", "${people.idNumber}", "D1", "${people.unit}",
                "E1", "${people.cash}", "A2", "合计", "E2", "${sum(people.cash)}");
        Path out = dir.resolve("sign-out.xlsx");
        ctx.reports().export(ReportRequest.roster(fixture.campaign, null, false).withTemplate(t), out,
                Progress.none());
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet s = wb.getSheetAt(0);
            assertThat(s.getRow(9).getCell(1).getStringCellValue()).isEqualTo("陈骑手");
            assertThat(s.getRow(9).getCell(3).getStringCellValue()).isEqualTo("城关镇教育工会");
            assertThat(s.getRow(10).getCell(4).getCellFormula()).isEqualTo("SUM(E1:E10)");
            assertThat(s.getRow(10).getCell(4).getNumericCellValue()).isEqualTo(6850.5);
        }
    }

    @Test
    void unknownFieldRefusedWithItsCell() throws IOException {
        Path t = template(dir.resolve("bad.xlsx"), "A1", "${org.name}", "B5", "${foo}");
        assertThatThrownBy(() -> ctx.reports().addTemplate(ReportKind.WARMTH_STATS, t))
                .isInstanceOf(InvalidValueException.class).hasMessage("B5：未知字段 foo");
        assertThat(ctx.reports().templates(ReportKind.WARMTH_STATS)).isEmpty();

        Path wrongList = template(dir.resolve("bad2.xlsx"), "C7", "${units.hardshipHouseholds}");
        assertThatThrownBy(() -> ctx.reports().addTemplate(ReportKind.AID_CENTER, wrongList))
                .hasMessage("C7：未知字段 units.hardshipHouseholds");
        Path badSum = template(dir.resolve("bad3.xlsx"), "A2", "${units.name}", "B3", "合计：${sum(units.visitCount)}");
        assertThatThrownBy(() -> ctx.reports().addTemplate(ReportKind.WARMTH_STATS, badSum))
                .hasMessageStartingWith("B3：");
        Path notExcel = Files.writeString(dir.resolve("x.xlsx"), "not a workbook");
        assertThatThrownBy(() -> ctx.reports().addTemplate(ReportKind.WARMTH_STATS, notExcel))
                .hasMessage("x.xlsx：不是有效的 .xlsx 模板文件");
    }

    @Test
    void guideListsTheFields() {
        String guide = ctx.reports().templateGuide();
        assertThat(guide).contains("${units.hardshipHouseholds}　慰问困难职工户数")
                .contains("${people.idNumber}　身份证号（默认打码）").contains("${year}　统计年度")
                .contains("${sum(units.fundTotal)}").doesNotContain("field.");
    }
}
