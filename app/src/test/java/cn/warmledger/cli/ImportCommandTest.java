package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.warmledger.cli.CliRun.run;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.cli.CliRun.Result;
import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.IdNumberDecidesTest;
import cn.warmledger.service.imports.RecipientImportServiceTestAccess;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importsRecipientsPrintsEachProblemAndTheCountsAndWritesTheErrors() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TestApp.open(data)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
        Path file = dir.resolve("名单.csv");
        Files.writeString(file, "城关镇慰问对象名单,,,\n"
                + "姓名,身份证号码,手机号码,对象类别\n"
                + "韩雷," + TestIds.MALE_1980 + ",13905512345,劳模\n"
                + "汪惠珍," + TestIds.FEMALE_1985 + ",13811112222,劳模\n"
                + "周敏,3.40102E+17,,农民工\n"
                + "合计,,,\n");
        Path errors = dir.resolve("错误.xlsx");

        Result r = run("--data-dir", data.toString(), "import", "recipients", file.toString(),
                "--on-duplicate", "update", "--errors", errors.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).containsExactly(
                "第 6 行：合计行，已跳过",
                "第 5 行，身份证号码：被 Excel 存成了数字（3.40102E+17），末几位已丢失：请把该列设为“文本”格式后重新填写身份证号",
                "导入 1 人，更新 1 人，跳过 0 人（已在台账中），未导入 1 行（有错误）");
        assertThat(r.err()).contains("工作表“名单”，表头在第 2 行（UTF-8）").contains("未导入的行已写入");
        try (InputStream in = Files.newInputStream(errors); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(4).getStringCellValue()).isEqualTo("错误原因");
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("周敏");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(1);
        }
        try (AppContext app = TestApp.open(data)) {
            assertThat(app.recipients().count()).isEqualTo(2);
            assertThat(app.recipients().search(RecipientQuery.all().withText("汪惠珍")).get(0).phone())
                    .isEqualTo("13811112222");
        }

        Result again = run("--data-dir", data.toString(), "import", "recipients", file.toString());
        assertThat(again.out()).contains("导入 0 人，更新 0 人，跳过 2 人（已在台账中），未导入 1 行（有错误）");
    }

    @Test
    void theNumberDecidesSexAndBirthDateAndStdoutSaysSoForBothImports() throws Exception {
        Path data = dir.resolve("data");
        long campaign;
        try (AppContext app = TestApp.open(data)) {
            campaign = app.campaigns().save(cn.warmledger.TestCampaigns.springFestival());
        }
        Path errors = dir.resolve("错误.xlsx");
        Result r = run("--data-dir", data.toString(), "import", "recipients",
                IdNumberDecidesTest.sheet(dir, false).toString(), "--errors", errors.toString());
        assertThat(r.code()).as(r.err()).isZero();
        List<String> expected = new ArrayList<>(IdNumberDecidesTest.WARNINGS);
        expected.add("第 5 行，性别：与身份证号不符：号码表示为女");
        expected.add("导入 4 人，更新 0 人，跳过 0 人（已在台账中），未导入 1 行（有错误）");
        assertThat(r.out().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(r.err()).contains("未导入的行已写入").contains("导入提示 4 条已写入");
        assertThat(RecipientImportServiceTestAccess.readNotices(errors)).hasSize(5);

        // the same list again: everybody is in the register and skipped, so nothing is "已按身份证号导入"
        Path errorsAgain = dir.resolve("错误2.xlsx");
        Result again = run("--data-dir", data.toString(), "import", "recipients",
                IdNumberDecidesTest.sheet(dir, false).toString(), "--errors", errorsAgain.toString());
        assertThat(again.out().lines().toList()).containsExactly("第 5 行，性别：与身份证号不符：号码表示为女",
                "导入 0 人，更新 0 人，跳过 4 人（已在台账中），未导入 1 行（有错误）");
        assertThat(again.err()).doesNotContain("导入提示");
        try (InputStream in = Files.newInputStream(errorsAgain); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheet("导入提示")).as("no warnings' sheet").isNull();
        }

        // the roster: the same rows, people not in the register any more (a fresh folder), as visits
        Path data2 = dir.resolve("data2");
        try (AppContext app = TestApp.open(data2)) {
            campaign = app.campaigns().save(cn.warmledger.TestCampaigns.springFestival());
        }
        Result v = run("--data-dir", data2.toString(), "import", "visits", IdNumberDecidesTest.sheet(dir, true).toString(),
                "--campaign", String.valueOf(campaign));
        assertThat(v.code()).as(v.err()).isZero();
        assertThat(v.out().lines().toList()).startsWith(IdNumberDecidesTest.WARNINGS.toArray(String[]::new));
        assertThat(v.out()).contains("第 5 行，性别：与身份证号不符：号码表示为女")
                .contains("导入慰问记录 4 条（其中新建慰问对象 4 人、重复慰问 0 条）");
        try (AppContext app = TestApp.open(data2)) {
            long id = app.recipients().search(RecipientQuery.all().withText("张男")).get(0).id();
            assertThat(app.recipients().details(id).orElseThrow().recipient().gender())
                    .isEqualTo(cn.warmledger.domain.Gender.MALE);
        }
    }

    @Test
    void badArgumentsExitWithTwo() throws Exception {
        TestApp.open(dir).close();
        Path file = dir.resolve("a.csv");
        Files.writeString(file, "姓名,身份证号\n");
        assertThat(run("--data-dir", dir.toString(), "import", "recipients").code()).isEqualTo(2);
        Result dup = run("--data-dir", dir.toString(), "import", "recipients", file.toString(), "--on-duplicate", "merge");
        assertThat(dup.code()).isEqualTo(2);
        assertThat(dup.err()).contains("--on-duplicate 只能是 update 或 skip");
        assertThat(run("--data-dir", dir.toString(), "import", "things", file.toString()).code()).isEqualTo(2);
        Result missing = run("--data-dir", dir.toString(), "import", "recipients", dir.resolve("none.xlsx").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("找不到文件");
        Result sheet = run("--data-dir", dir.toString(), "import", "recipients", file.toString(), "--sheet", "Sheet9");
        assertThat(sheet.code()).isEqualTo(1);
        assertThat(sheet.err()).contains("没有名为“Sheet9”的工作表，有：a");
    }
}
