package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;

/** {@code import visits}: a roster (.csv here) into a campaign, counts on stdout, exit codes 0/1/2. */
class VisitImportCommandTest {
    @TempDir
    Path dir;
    Path data;
    Path file;
    long campaign;

    @BeforeEach
    void setUp() throws Exception {
        data = dir.resolve("data");
        try (AppContext app = TestApp.open(data)) {
            campaign = app.campaigns().save(TestCampaigns.springFestival());
            long han = app.recipients().save(TestApp.modelWorker(TestIds.MALE_1980, "韩雷"));
            app.visits().save(TestCampaigns.visit(han, campaign, LocalDate.of(2021, 1, 5), "600"));
        }
        file = dir.resolve("花名册.csv");
        Files.writeString(file, "2021年春节慰问金发放花名册,,,,\n"
                + "姓名,身份证号码,慰问金额,发放日期,领取人签字\n"
                + "韩雷," + TestIds.MALE_1980 + ",500,2021-01-12,\n"
                + "汪惠珍," + TestIds.FEMALE_1985 + ",\"1,000元\",2021.1.8,汪惠珍\n"
                + "周敏,3.40102E+17,500,2021-01-08,\n"
                + "合计,,2000,,\n");
    }

    @Test
    void importsTheRosterPrintsEachRowNotImportedAndTheCounts() throws Exception {
        Path errors = dir.resolve("未导入.xlsx");
        Result r = run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign",
                String.valueOf(campaign), "--errors", errors.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "第 6 行：合计行，已跳过",
                "第 3 行，身份证号码：本活动已慰问过此人（2021-01-05，慰问金 600.00 元，送温暖）：重复慰问，默认不导入",
                "第 5 行，身份证号码：被 Excel 存成了数字（3.40102E+17），末几位已丢失：请把该列设为“文本”格式后重新填写身份证号",
                "导入慰问记录 1 条（其中新建慰问对象 1 人、重复慰问 0 条），跳过重复慰问 1 行，未导入 1 行（有错误）");
        assertThat(r.err()).contains("工作表“花名册”，表头在第 2 行（UTF-8）").contains("未导入的列：领取人签字")
                .contains("未导入的行已写入");
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(5).getStringCellValue()).isEqualTo("错误原因");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("韩雷");
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo("周敏");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
        }
        try (AppContext app = TestApp.open(data)) {
            var visits = app.visits().search(VisitQuery.ofCampaign(campaign));
            assertThat(visits).hasSize(2);
            assertThat(visits.stream().map(VisitSummary::cash).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .isEqualTo(new BigDecimal("1600.00"));
            assertThat(app.recipients().count()).isEqualTo(2);
        }

        Result again = run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign",
                String.valueOf(campaign));
        assertThat(again.code()).as("nothing left to import").isEqualTo(1);
        assertThat(again.out()).contains("导入慰问记录 0 条（其中新建慰问对象 0 人、重复慰问 0 条），跳过重复慰问 2 行，未导入 1 行（有错误）");

        Result forced = run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign",
                String.valueOf(campaign), "--duplicate-reason", "补发");
        assertThat(forced.code()).isZero();
        assertThat(forced.out()).contains("导入慰问记录 2 条（其中新建慰问对象 0 人、重复慰问 2 条），跳过重复慰问 0 行");
    }

    @Test
    void badCampaignAndClosedCampaign() throws Exception {
        Result noCampaign = run("--data-dir", data.toString(), "import", "visits", file.toString());
        assertThat(noCampaign.code()).isEqualTo(2);
        assertThat(noCampaign.err()).contains("缺少 --campaign 编号");
        Result notNumber = run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign", "春节");
        assertThat(notNumber.code()).isEqualTo(2);
        Result missing = run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign", "999");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("没有编号为 999 的活动");
        assertThat(run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign",
                String.valueOf(campaign), "--duplicate-reason", " ").code()).isEqualTo(2);

        try (AppContext app = TestApp.open(data)) {
            app.campaigns().close(campaign, "活动结束");
        }
        Result closed = run("--data-dir", data.toString(), "import", "visits", file.toString(), "--campaign",
                String.valueOf(campaign));
        assertThat(closed.code()).isEqualTo(1);
        assertThat(closed.err()).contains("已结束并锁定");
        try (AppContext app = TestApp.open(data)) {
            assertThat(app.visits().search(VisitQuery.ofCampaign(campaign))).hasSize(1);
            assertThat(app.recipients().count()).isEqualTo(1);
        }
        assertThat(run("--help").out()).contains("import visits 文件 --campaign 编号");
    }
}
