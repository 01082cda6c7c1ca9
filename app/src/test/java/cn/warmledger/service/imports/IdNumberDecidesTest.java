package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.service.app.AppContext;

/**
 * The number decides 性别 and 出生日期: a valid 18-digit 身份证号 (check character right) carries both, so a row whose
 * cells contradict it goes in as the number says, with a warning naming the row. A 15-digit number has no check
 * character: there the contradiction still refuses the row. Both imports alike (a roster creates recipients too).
 */
public class IdNumberDecidesTest {
    public static final List<String> WARNINGS = List.of(
            "第 2 行，性别：填的是女，身份证号为男，已按身份证号导入",
            "第 3 行，出生日期：填的是1990-03-09，身份证号为1990-03-08，已按身份证号导入",
            "第 4 行，性别：填的是女，身份证号为男，已按身份证号导入",
            "第 4 行，出生日期：填的是1962-02-01，身份证号为1962-01-01，已按身份证号导入");
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    /**
     * Row 2 张男: 性别 女 on a man's number; 3 王生日: 出生日期 a day off; 4 陈两错: both; 5 刘旧号: a 15-digit (woman's)
     * number with 性别 男, refused; 6 孙对: all agree. A roster has 慰问金 and 慰问日期 too.
     */
    public static Path sheet(Path dir, boolean roster) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            String[][] rows = {
                    {"姓名", "性别", "身份证号码", "出生日期", "对象类别", "慰问金（元）", "慰问日期"},
                    {"张男", "女", TestIds.MALE_1980, "1980-01-01", "劳模", "500", "2021-01-08"},
                    {"王生日", "男", TestIds.MALE_1990, "1990/3/9", "劳模", "500", "2021-01-08"},
                    {"陈两错", "女", TestIds.MALE_1962, "1962.2.1", "农民工", "300", "2021-01-08"},
                    {"刘旧号", "男", TestIds.OLD_15, "", "农民工", "300", "2021-01-08"},
                    {"孙对", "女", TestIds.FEMALE_1985, "1985年6月15日", "劳模", "500", "2021-01-08"}};
            for (int r = 0; r < rows.length; r++) {
                ImportFixtures.text(s, r, roster ? rows[r] : java.util.Arrays.copyOf(rows[r], 5));
            }
            Path file = dir.resolve(roster ? "花名册.xlsx" : "名单.xlsx");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
            return file;
        }
    }

    private Recipient registered(String name) {
        long id = app.recipients().search(RecipientQuery.all().withText(name)).get(0).id();
        return app.recipients().details(id).orElseThrow().recipient();
    }

    private void assertStoredAsTheNumbersSay() {
        assertThat(registered("张男").gender()).isEqualTo(Gender.MALE);
        assertThat(registered("王生日").birthDate()).isEqualTo(LocalDate.of(1990, 3, 8));
        assertThat(registered("陈两错").gender()).isEqualTo(Gender.MALE);
        assertThat(registered("陈两错").birthDate()).isEqualTo(LocalDate.of(1962, 1, 1));
        assertThat(registered("孙对").gender()).isEqualTo(Gender.FEMALE);
        assertThat(app.recipients().search(RecipientQuery.all().withText("刘旧号"))).isEmpty();
    }

    @Test
    void recipientListTakesSexAndBirthDateFromTheNumber() throws Exception {
        RecipientImportService imports = app.recipientImport();
        LoadedSheet sheet = imports.load(sheet(dir, false), null);
        ImportPlan plan = imports.analyse(sheet, 1, imports.guessMapping(sheet, 1), ImportOptions.DEFAULT,
                Progress.none());
        assertThat(plan.warnings()).extracting(RowProblem::text).containsExactlyElementsOf(WARNINGS);
        assertThat(plan.problems()).extracting(RowProblem::text)
                .containsExactly("第 5 行，性别：与身份证号不符：号码表示为女");
        ImportResult result = imports.execute(plan, DuplicateChoice.SKIP, Progress.none());
        assertThat(result).isEqualTo(new ImportResult(4, 0, 0, 1));
        assertStoredAsTheNumbersSay();

        Path errors = dir.resolve("错误.xlsx");
        imports.writeErrors(plan, errors);
        assertThat(RecipientImportServiceTest.readBack(errors)).hasSize(2);
        assertThat(RecipientImportServiceTest.readNotices(errors)).containsExactly(
                List.of("行", "表头", "提示（这些行已导入）"),
                List.of("2", "性别", "填的是女，身份证号为男，已按身份证号导入"),
                List.of("3", "出生日期", "填的是1990-03-09，身份证号为1990-03-08，已按身份证号导入"),
                List.of("4", "性别", "填的是女，身份证号为男，已按身份证号导入"),
                List.of("4", "出生日期", "填的是1962-02-01，身份证号为1962-01-01，已按身份证号导入"));
    }

    /**
     * A 性别 or 出生日期 cell that cannot be read at all is no reason to refuse a row whose valid 18-digit number
     * carries the value: row 2 甲认不出 性别 “男女”, row 3 乙坏日期 出生日期 “1980.13.01” go in as their numbers say,
     * each with a warning under its column; row 4 丙旧号 has a 15-digit number (no check character): still refused.
     */
    @Test
    void unreadableSexOrBirthDateIsTakenFromAValidNumber() throws Exception {
        Path file = dir.resolve("认不出.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("名单");
            ImportFixtures.text(s, 0, "姓名", "性别", "公民身份号码", "出生年月", "对象类别");
            ImportFixtures.text(s, 1, "甲认不出", "男女", TestIds.MALE_1980, "1980-01-01", "劳模");
            ImportFixtures.text(s, 2, "乙坏日期", "女", TestIds.FEMALE_1985, "1980.13.01", "劳模");
            ImportFixtures.text(s, 3, "丙旧号", "男女", TestIds.OLD_15, "", "劳模");
            try (OutputStream os = Files.newOutputStream(file)) {
                wb.write(os);
            }
        }
        RecipientImportService imports = app.recipientImport();
        LoadedSheet sheet = imports.load(file, null);
        ColumnMapping mapping = imports.guessMapping(sheet, 1);
        assertThat(mapping.headerOf(ImportField.GENDER)).isEqualTo("性别");
        assertThat(mapping.headerOf(ImportField.BIRTH_DATE)).isEqualTo("出生年月");
        ImportPlan plan = imports.analyse(sheet, 1, mapping, ImportOptions.DEFAULT, Progress.none());
        assertThat(plan.warnings()).extracting(RowProblem::text).containsExactly(
                "第 2 行，性别：“男女”无法识别，身份证号为男，已按身份证号导入",
                "第 3 行，出生年月：“1980.13.01”无法识别，身份证号为1985-06-15，已按身份证号导入");
        assertThat(plan.problems()).extracting(RowProblem::text)
                .containsExactly("第 4 行，性别：“男女”不是可选的值，可选：男、女");
        assertThat(imports.execute(plan, DuplicateChoice.SKIP, Progress.none())).isEqualTo(new ImportResult(2, 0, 0, 1));
        assertThat(registered("甲认不出").gender()).isEqualTo(Gender.MALE);
        assertThat(registered("乙坏日期").birthDate()).isEqualTo(LocalDate.of(1985, 6, 15));
        assertThat(registered("乙坏日期").gender()).isEqualTo(Gender.FEMALE);

        Path errors = dir.resolve("错误.xlsx");
        imports.writeErrors(plan, errors);
        assertThat(RecipientImportServiceTest.readNotices(errors)).containsExactly(
                List.of("行", "表头", "提示（这些行已导入）"),
                List.of("2", "性别", "“男女”无法识别，身份证号为男，已按身份证号导入"),
                List.of("3", "出生年月", "“1980.13.01”无法识别，身份证号为1985-06-15，已按身份证号导入"));
    }

    /**
     * A person already in the register whose row is skipped (the default, --on-duplicate skip) brings no warning:
     * nothing of the row goes in, so "已按身份证号导入" would be untrue. With update the row goes in, and says so.
     */
    @Test
    void aRegisteredPersonSkippedBringsNoWarning() throws Exception {
        app.recipients().save(TestApp.modelWorker(TestIds.MALE_1980, "张男"));
        RecipientImportService imports = app.recipientImport();
        LoadedSheet sheet = imports.load(sheet(dir, false), null);
        ImportPlan plan = imports.analyse(sheet, 1, imports.guessMapping(sheet, 1), ImportOptions.DEFAULT,
                Progress.none());
        assertThat(plan.warnings(DuplicateChoice.SKIP)).extracting(RowProblem::text)
                .containsExactlyElementsOf(WARNINGS.subList(1, 4));
        assertThat(plan.notices(DuplicateChoice.SKIP)).extracting(RowProblem::text)
                .containsExactlyElementsOf(WARNINGS.subList(1, 4));
        assertThat(plan.warnings(DuplicateChoice.UPDATE)).extracting(RowProblem::text)
                .containsExactlyElementsOf(WARNINGS);
        Path skipped = dir.resolve("跳过.xlsx");
        imports.writeErrors(plan, DuplicateChoice.SKIP, skipped);
        assertThat(RecipientImportServiceTest.readNotices(skipped)).extracting(row -> row.get(0))
                .containsExactly("行", "3", "4", "4");
    }

    @Test
    void rosterCreatesTheNewRecipientsAsTheNumbersSay() throws Exception {
        long campaign = app.campaigns().save(TestCampaigns.springFestival());
        VisitImportService imports = app.visitImport();
        LoadedSheet sheet = imports.load(sheet(dir, true), null);
        ImportPlan plan = imports.analyse(sheet, 1, imports.guessMapping(sheet, 1), campaign, Progress.none());
        assertThat(plan.warnings()).extracting(RowProblem::text).containsExactlyElementsOf(WARNINGS);
        assertThat(plan.problems()).extracting(RowProblem::text)
                .containsExactly("第 5 行，性别：与身份证号不符：号码表示为女");
        VisitImportResult result = imports.execute(plan, null, Progress.none());
        assertThat(result).isEqualTo(new VisitImportResult(4, 4, 0, 0, 1));
        assertStoredAsTheNumbersSay();
    }
}
