package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDetails;

/** The recipient import on a real H2 file with workbooks written by {@link ImportFixtures}. */
class RecipientImportServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    RecipientImportService imports;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
        imports = app.recipientImport();
        // 孙丽 is in the register already, as a 劳模 with another phone
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "孙丽"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    ImportPlan plan(Path file) {
        LoadedSheet sheet = imports.load(file, null);
        return imports.analyse(sheet, sheet.detectedHeaderRow(), imports.guessMapping(sheet, sheet.detectedHeaderRow()),
                ImportOptions.DEFAULT, Progress.none());
    }

    static Map<Integer, RowOutcome> byRow(ImportPlan plan) {
        return plan.rows().stream().collect(Collectors.toMap(RowOutcome::rowNumber, o -> o));
    }

    static String problems(RowOutcome o) {
        return o.problems().stream().map(RowProblem::text).collect(Collectors.joining(" | "));
    }

    @Test
    void listsTheHiddenSheetFlaggedAndReadsTheFirstVisibleOne() throws Exception {
        Path file = ImportFixtures.realSheet(dir);
        assertThat(imports.sheets(file)).containsExactly(new ImportSheet("旧名单", true), new ImportSheet("困难职工", false));
        LoadedSheet sheet = imports.load(file, null);
        assertThat(sheet.sheetName()).isEqualTo("困难职工");
        // title (merged), 填报单位 line and a blank row above the header are skipped
        assertThat(sheet.detectedHeaderRow()).isEqualTo(4);
        ColumnMapping m = imports.guessMapping(sheet, 4);
        assertThat(m.field(1)).contains(ImportField.NAME);
        assertThat(m.field(3)).contains(ImportField.ID_NUMBER);
        assertThat(m.field(6)).contains(ImportField.EMPLOYER);
        assertThat(m.field(7)).contains(ImportField.HARDSHIP_TYPE);
        assertThat(m.field(10)).contains(ImportField.MONTHLY_INCOME_PER_CAPITA);
        assertThat(m.field(11)).contains(ImportField.ADDRESS);
        assertThat(m.unmappedColumns()).extracting(m::header).containsExactly("序号");
        assertThat(imports.load(file, "旧名单").rowTexts(1)).containsExactly("2019 年的名单，已作废");
    }

    @Test
    void everyRowOfTheRealSheetHasTheRightOutcome() throws Exception {
        ImportPlan plan = plan(ImportFixtures.realSheet(dir));
        Map<Integer, RowOutcome> rows = byRow(plan);

        RowOutcome r5 = rows.get(5);
        assertThat(r5.status()).isEqualTo(RowStatus.NEW);
        assertThat(r5.recipient().idNumber()).isEqualTo(TestIds.MALE_1980);
        assertThat(r5.recipient().phone()).isEqualTo("13905512345");
        assertThat(r5.recipient().employer()).isEqualTo("合肥热电集团");
        HardshipFile f5 = r5.draft().hardshipFile();
        assertThat(f5.hardshipType()).isEqualTo(HardshipType.DEEP);
        assertThat(f5.status()).isEqualTo(FileStatus.ACTIVE);
        assertThat(f5.mainCause()).isEqualTo(HardshipCause.SERIOUS_ILLNESS);
        assertThat(f5.income().householdSize()).isEqualTo(3);
        assertThat(f5.income().monthlyIncomePerCapita()).isEqualByComparingTo("1200.50");

        RowOutcome r6 = rows.get(6);
        assertThat(r6.status()).isEqualTo(RowStatus.NEW);
        assertThat(r6.recipient().idNumber()).isEqualTo(TestIds.FEMALE_1985);
        assertThat(r6.recipient().employer()).as("merged 单位名称 spread down").isEqualTo("合肥热电集团");
        assertThat(r6.draft().hardshipFile().income().monthlyIncomePerCapita()).isEqualByComparingTo("500.00");
        assertThat(r6.draft().hardshipFile().mainCause()).isEqualTo(HardshipCause.LAID_OFF);
        assertThat(r6.draft().hardshipFile().secondaryCauses()).containsExactly(HardshipCause.SCHOOLING);

        RowOutcome r7 = rows.get(7);
        assertThat(r7.status()).isEqualTo(RowStatus.NEW);
        assertThat(r7.recipient().name()).isEqualTo("陈陆");
        assertThat(r7.recipient().idNumber()).isEqualTo(TestIds.MALE_1962);
        assertThat(r7.draft().birthDate()).as("Excel serial").hasToString("1962-01-01");
        assertThat(r7.draft().hardshipFile().hardshipType()).isEqualTo(HardshipType.ACCIDENT);
        assertThat(r7.draft().hardshipFile().income().monthlyIncomePerCapita()).isEqualByComparingTo("800.00");

        RowOutcome r8 = rows.get(8);
        assertThat(r8.status()).isEqualTo(RowStatus.NEW);
        assertThat(r8.recipient().idNumber()).isEqualTo(TestIds.X_CHECKSUM);
        assertThat(r8.recipient().gender()).isEqualTo(Gender.FEMALE);

        RowOutcome r9 = rows.get(9);
        assertThat(r9.status()).as(problems(r9)).isEqualTo(RowStatus.NEW);
        assertThat(r9.recipient().idNumber()).isEqualTo(IdNumber.parse(ImportFixtures.OLD_15).value()).hasSize(18)
                .startsWith("340102197803051");
        assertThat(r9.draft().birthDate()).hasToString("1978-03-05");

        assertThat(rows.get(10).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(problems(rows.get(10))).isEqualTo(
                "第 10 行，公民身份号码：被 Excel 存成了数字（3.40102E+17），末几位已丢失：请把该列设为“文本”格式后重新填写身份证号");

        assertThat(rows.get(11).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(problems(rows.get(11))).isEqualTo("第 11 行，身份证号：与第 12 行的身份证号相同：同一人在表中出现两次，请核对后只保留一行");
        assertThat(rows.get(12).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(problems(rows.get(12))).contains("第 12 行").contains("与第 11 行的身份证号相同");

        assertThat(rows.get(13).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(rows.get(13).problems()).extracting(RowProblem::column).containsExactly("公民身份号码", "联系电话");
        assertThat(problems(rows.get(13))).contains("校验位不对").contains("“12345”不是有效电话");

        assertThat(rows.get(14).status()).isEqualTo(RowStatus.BLANK);

        RowOutcome r15 = rows.get(15);
        assertThat(r15.status()).isEqualTo(RowStatus.EXISTING);
        assertThat(r15.recipient().phone()).isEqualTo("13811112222");

        // 性别 contradicts a valid 18-digit number: the number decides, and the row says so
        RowOutcome r16 = rows.get(16);
        assertThat(r16.status()).as(problems(r16)).isEqualTo(RowStatus.NEW);
        assertThat(r16.recipient().gender()).isEqualTo(Gender.FEMALE);
        assertThat(r16.draft().gender()).isEqualTo(Gender.FEMALE);
        assertThat(r16.warnings()).extracting(RowProblem::text)
                .containsExactly("第 16 行，性别：填的是男，身份证号为女，已按身份证号导入");

        // 人均月收入 not a number refuses the row; its unreadable 出生日期 the valid number supplies
        assertThat(rows.get(17).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(rows.get(17).problems()).extracting(RowProblem::column).containsExactly("人均月收入（元）");
        assertThat(problems(rows.get(17))).contains("“七百”不是有效金额");
        assertThat(rows.get(17).warnings()).extracting(RowProblem::text)
                .containsExactly("第 17 行，出生日期：“1962.13.01”无法识别，身份证号为1970-01-01，已按身份证号导入");

        assertThat(rows.get(18).status()).isEqualTo(RowStatus.BLANK);
        assertThat(rows.get(19).status()).isEqualTo(RowStatus.TOTAL);
        assertThat(rows.get(20).status()).isEqualTo(RowStatus.AFTER_TOTAL);
        assertThat(plan.notices()).extracting(RowProblem::text)
                .containsExactly("第 19 行：合计行，已跳过", "第 20 行：合计行下方的内容（落款、说明），已跳过",
                        "第 16 行，性别：填的是男，身份证号为女，已按身份证号导入");
        assertThat(plan.rows()).extracting(RowOutcome::rowNumber).containsExactly(5, 6, 7, 8, 9, 10, 11, 12, 13, 14,
                15, 16, 17, 18, 19, 20);
        assertThat(plan.count(RowStatus.NEW)).isEqualTo(6);
        assertThat(plan.count(RowStatus.REJECTED)).isEqualTo(5);
        assertThat(app.recipients().count()).as("analysis writes nothing").isEqualTo(1);
    }

    @Test
    void importsTheValidRowsUpdatesTheRegisteredOneAndWritesTheErrorWorkbook() throws Exception {
        ImportPlan plan = plan(ImportFixtures.realSheet(dir));
        ImportResult result = imports.execute(plan, DuplicateChoice.UPDATE, Progress.none());
        assertThat(result).isEqualTo(new ImportResult(6, 1, 0, 5));
        assertThat(result.text()).isEqualTo("导入 6 人，更新 1 人，跳过 0 人（已在台账中），未导入 5 行（有错误）");
        assertThat(app.recipients().count()).isEqualTo(7);
        assertThat(app.recipients().search(RecipientQuery.all().withText("钱芳")).get(0).gender())
                .isEqualTo(Gender.FEMALE);

        RecipientSummary sun = app.recipients().search(RecipientQuery.all().withText("孙丽")).get(0);
        assertThat(sun.phone()).isEqualTo("13811112222");
        assertThat(sun.category()).as("a 困难类别 makes her a 困难职工, as it does a new row").isEqualTo(RecipientCategory.HARDSHIP_WORKER);
        assertThat(sun.hardshipType()).isEqualTo(HardshipType.RELATIVE);
        assertThat(sun.employer()).as("blank cell keeps the register's value").isEqualTo("合肥热电集团");
        RecipientSummary han = app.recipients().search(RecipientQuery.all().withText("韩雷")).get(0);
        RecipientDetails d = app.recipients().details(han.id()).orElseThrow();
        assertThat(d.recipient().category()).isEqualTo(RecipientCategory.HARDSHIP_WORKER);
        assertThat(d.recipient().organizationId()).isEqualTo(app.setup().self().orElseThrow().id());
        assertThat(d.recipient().address()).isEqualTo("城关镇幸福路 8 号");
        assertThat(d.hardshipFile().orElseThrow().income().monthlyIncomePerCapita()).isEqualByComparingTo("1200.50");
        assertThat(d.statusHistory()).singleElement().satisfies(h -> assertThat(h.reason()).isEqualTo("从 Excel 导入"));

        Path errors = dir.resolve("错误.xlsx");
        imports.writeErrors(plan, errors);
        List<List<String>> back = readBack(errors);
        List<String> header = new ArrayList<>(List.of(ImportFixtures.HEADER));
        header.add("错误原因");
        assertThat(back.get(0)).isEqualTo(header);
        assertThat(back).hasSize(6);
        assertThat(back.subList(1, 6)).extracting(r -> r.get(1)).containsExactly("周敏", "王军", "王军", "赵六", "李四");
        assertThat(back.get(1).get(3)).as("the cell as the sheet showed it").isEqualTo("3.40102E+17");
        assertThat(back.get(1).get(13)).startsWith("第 10 行，公民身份号码：被 Excel 存成了数字");
        assertThat(back.get(3).get(3)).isEqualTo("340102 199003083452");
        assertThat(back.get(4).get(13)).contains("校验位不对").contains("；第 13 行，联系电话：");
        assertThat(back.get(4).get(5)).isEqualTo("12345");
        assertThat(back.get(5).get(10)).isEqualTo("七百");
        // beside them, what went in with a warning
        assertThat(readNotices(errors)).containsExactly(List.of("行", "表头", "提示（这些行已导入）"),
                List.of("16", "性别", "填的是男，身份证号为女，已按身份证号导入"));
    }

    @Test
    void skipLeavesTheRegisteredRecipientAsItWas() throws Exception {
        ImportResult result = imports.execute(plan(ImportFixtures.realSheet(dir)), DuplicateChoice.SKIP, Progress.none());
        assertThat(result).isEqualTo(new ImportResult(6, 0, 1, 5));
        assertThat(app.recipients().search(RecipientQuery.all().withText("孙丽")).get(0).phone()).isEqualTo("13905512345");
    }

    /** Reports progress and cancels, or fails, once a number of recipients are saved (inside the transaction). */
    static final class StopAt implements Progress {
        final List<Long> seen = new ArrayList<>();
        final long at;
        final boolean fail;

        StopAt(long at, boolean fail) {
            this.at = at;
            this.fail = fail;
        }

        @Override
        public void update(long done, long total) {
            seen.add(done);
            if (fail && done == at) {
                throw new IllegalStateException("disk full");
            }
        }

        @Override
        public boolean isCancelled() {
            return !fail && seen.contains(at);
        }
    }

    @Test
    void aCancelMidImportLeavesTheRegisterUnchanged() throws Exception {
        ImportPlan plan = plan(ImportFixtures.large(dir, 450));
        StopAt cancel = new StopAt(200, false);
        assertThatThrownBy(() -> imports.execute(plan, DuplicateChoice.UPDATE, cancel))
                .isInstanceOf(ImportCancelledException.class).hasMessage("导入已取消，台账未作任何改动");
        assertThat(cancel.seen).containsExactly(0L, 200L);
        assertUnchanged();
    }

    @Test
    void aFailureMidImportLeavesTheRegisterUnchanged() throws Exception {
        StopAt failAt400 = new StopAt(400, true);
        ImportPlan large = plan(ImportFixtures.large(dir, 450));
        assertThatThrownBy(() -> imports.execute(large, DuplicateChoice.UPDATE, failAt400)).hasMessage("disk full");
        assertThat(failAt400.seen).containsExactly(0L, 200L, 400L);
        assertUnchanged();

        // the same with an update among the rows: 孙丽 keeps her phone
        ImportPlan real = plan(ImportFixtures.realSheet(dir));
        assertThatThrownBy(() -> imports.execute(real, DuplicateChoice.UPDATE, new StopAt(7, true)))
                .hasMessage("disk full");
        assertUnchanged();
    }

    private void assertUnchanged() {
        assertThat(app.recipients().count()).isEqualTo(1);
        assertThat(app.recipients().search(RecipientQuery.all())).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("孙丽");
            assertThat(r.phone()).isEqualTo("13905512345");
        });
        assertThat(app.tableCounts()).containsEntry("hardship_file", 0);
    }

    @Test
    void readsAnOldXlsWithADateCell() throws Exception {
        Path file = ImportFixtures.oldXls(dir);
        assertThat(imports.sheets(file)).containsExactly(new ImportSheet("劳模", false));
        ImportPlan plan = plan(file);
        assertThat(plan.headerRow()).isEqualTo(1);
        assertThat(plan.rows()).extracting(RowOutcome::status).containsExactly(RowStatus.NEW, RowStatus.NEW);
        assertThat(plan.rows().get(0).draft().birthDate()).hasToString("1985-06-15");
        assertThat(plan.rows()).extracting(o -> o.recipient().category())
                .containsOnly(RecipientCategory.MODEL_WORKER);
        assertThat(imports.execute(plan, DuplicateChoice.SKIP, Progress.none()).imported()).isEqualTo(2);
    }

    @Test
    void readsAGbkCsv() throws Exception {
        Path file = ImportFixtures.gbkCsv(dir);
        LoadedSheet sheet = imports.load(file, null);
        assertThat(sheet.encoding()).isEqualTo("GBK");
        assertThat(sheet.sheetName()).isEqualTo("农民工");
        ImportPlan plan = plan(file);
        Map<Integer, RowOutcome> rows = byRow(plan);
        assertThat(rows.get(2).status()).isEqualTo(RowStatus.NEW);
        assertThat(rows.get(2).recipient().employer()).isEqualTo("合肥热电集团, 热力分公司");
        assertThat(rows.get(2).recipient().category()).isEqualTo(RecipientCategory.MIGRANT_WORKER);
        assertThat(problems(rows.get(3))).contains("第 3 行，身份证号码：被 Excel 存成了数字（3.40102E+17）");
        assertThat(rows.get(4).status()).isEqualTo(RowStatus.BLANK);
        assertThat(rows.get(5).recipient().category()).isEqualTo(RecipientCategory.OUTDOOR_OR_GIG_WORKER);
    }

    @Test
    void aUtf8CsvWithBomAndNoCategoryColumnNeedsADefaultCategory() throws Exception {
        Path file = dir.resolve("名单.csv");
        Files.write(file, ("\uFEFF姓名,身份证号\n韩雷," + TestIds.MALE_1980 + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        LoadedSheet sheet = imports.load(file, null);
        assertThat(sheet.encoding()).isEqualTo("UTF-8");
        ColumnMapping m = imports.guessMapping(sheet, 1);
        assertThat(m.header(0)).isEqualTo("姓名");
        ImportPlan refused = imports.analyse(sheet, 1, m, ImportOptions.DEFAULT, Progress.none());
        assertThat(problems(refused.rows().get(0))).startsWith("第 2 行，对象类别：表中没有对象类别");
        ImportPlan ok = imports.analyse(sheet, 1, m, new ImportOptions(RecipientCategory.MODEL_WORKER, null),
                Progress.none());
        assertThat(ok.rows().get(0).recipient().category()).isEqualTo(RecipientCategory.MODEL_WORKER);
    }

    @Test
    void aSheetWithoutAnIdColumnIsRefusedBeforeAnyRow() throws Exception {
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "姓名,电话\n韩雷,13905512345\n");
        LoadedSheet sheet = imports.load(file, null);
        assertThatThrownBy(() -> imports.analyse(sheet, 1, imports.guessMapping(sheet, 1), ImportOptions.DEFAULT,
                Progress.none())).hasMessageContaining("找不到 身份证号 列");
        assertThatThrownBy(() -> imports.sheets(dir.resolve("x.txt"))).hasMessageContaining("不是可导入的文件");
    }

    /** The error workbook's second sheet, 导入提示: row, column, what. */
    static List<List<String>> readNotices(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("导入提示");
            assertThat(s).as("sheet 导入提示").isNotNull();
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 3; c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    static List<List<String>> readBack(Path file) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("未导入的行");
            for (Row r : s) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getLastCellNum(); c++) {
                    cells.add(r.getCell(c) == null ? "" : f.formatCellValue(r.getCell(c)));
                }
                rows.add(cells);
            }
        }
        return rows;
    }
}
