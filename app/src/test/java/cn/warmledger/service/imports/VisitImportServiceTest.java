package cn.warmledger.service.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.domain.Progress;
import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignLockedException;

/** A past campaign's roster into visits, on a real H2 file, with the roster written by {@link VisitFixtures}. */
class VisitImportServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    VisitImportService imports;
    long campaign;
    long hanLei;

    @BeforeEach
    void open() {
        app = TestApp.open(dir.resolve("data"));
        imports = app.visitImport();
        campaign = app.campaigns().save(TestCampaigns.springFestival());
        app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1962, "陈陆", HardshipType.DEEP,
                FileStatus.ACTIVE));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1975, "孙丽"));
        hanLei = app.recipients().save(TestApp.modelWorker(TestIds.MALE_1980, "韩雷"));
        app.recipients().save(TestApp.modelWorker(TestIds.MALE_1990, "周敏"));
        app.visits().save(TestCampaigns.visit(hanLei, campaign, LocalDate.of(2021, 1, 5), "600"));
    }

    @AfterEach
    void close() {
        app.close();
    }

    ImportPlan plan(Path file) {
        LoadedSheet sheet = imports.load(file, null);
        int header = sheet.detectedHeaderRow();
        return imports.analyse(sheet, header, imports.guessMapping(sheet, header), campaign, Progress.none());
    }

    static String problems(RowOutcome o) {
        return o.problems().stream().map(RowProblem::text).collect(Collectors.joining(" | "));
    }

    List<VisitSummary> campaignVisits() {
        return app.visits().search(VisitQuery.ofCampaign(campaign));
    }

    static BigDecimal sum(List<VisitSummary> rows, Function<VisitSummary, BigDecimal> amount) {
        return rows.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void mapsTheRosterColumnsAndLeavesTheSignatureOut() throws Exception {
        LoadedSheet sheet = imports.load(VisitFixtures.roster(dir), null);
        assertThat(sheet.detectedHeaderRow()).isEqualTo(2);
        ColumnMapping m = imports.guessMapping(sheet, 2);
        assertThat(m.kind()).isEqualTo(ImportKind.VISITS);
        assertThat(m.asMap()).containsEntry(1, ImportField.NAME).containsEntry(2, ImportField.ID_NUMBER)
                .containsEntry(4, ImportField.CATEGORY).containsEntry(5, ImportField.HARDSHIP_TYPE)
                .containsEntry(6, ImportField.CASH).containsEntry(7, ImportField.GOODS)
                .containsEntry(8, ImportField.GOODS_VALUE).containsEntry(9, ImportField.VISITED_ON)
                .containsEntry(10, ImportField.VISIT_FORM).containsEntry(11, ImportField.FUND_SOURCE)
                .containsEntry(12, ImportField.NOTE);
        assertThat(m.unmappedColumns()).extracting(m::header).containsExactly("序号", "领取人签字");
        assertThat(m.missingRequired()).isEmpty();
        assertThat(ColumnMapping.guess(List.of("姓名", "身份证号", "金额")).missingRequired()).isEmpty();
        assertThat(ColumnMapping.guess(List.of("姓名", "身份证号", "金额"), ImportKind.VISITS).missingRequired())
                .containsExactly(ImportField.VISITED_ON);
        assertThat(ColumnMapping.guess(List.of("姓名", "身份证号", "金额（元）")).unmappedColumns())
                .as("a recipient list does not take roster columns").containsExactly(2);
        assertThat(ColumnMapping.match("发放金额(元)")).contains(ImportField.CASH);
        assertThat(ColumnMapping.match("走访日期")).contains(ImportField.VISITED_ON);
        assertThat(ColumnMapping.match("慰问品折价")).contains(ImportField.GOODS_VALUE);
        assertThat(ColumnMapping.match("物品")).contains(ImportField.GOODS);
        assertThat(ColumnMapping.match("领取人签字")).isEmpty();
    }

    @Test
    void everyRowOfTheRosterHasTheRightOutcome() throws Exception {
        ImportPlan plan = plan(VisitFixtures.roster(dir));
        Map<Integer, RowOutcome> rows = RecipientImportServiceTest.byRow(plan);
        assertThat(plan.campaignId()).isEqualTo(campaign);
        assertThat(plan.rows()).extracting(RowOutcome::rowNumber).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
                13, 14, 15);

        RowOutcome r3 = rows.get(3);
        assertThat(r3.status()).as(problems(r3)).isEqualTo(RowStatus.VISIT);
        ImportedVisit v3 = r3.visit();
        assertThat(v3.recipient().name()).isEqualTo("陈陆");
        assertThat(v3.createsRecipient()).isFalse();
        assertThat(v3.hardshipType()).as("the household's file, as the visit will keep it").isEqualTo(HardshipType.DEEP);
        assertThat(v3.fileStatus()).isEqualTo(FileStatus.ACTIVE);
        assertThat(v3.visitedOn()).isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(v3.cash()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(v3.goods()).isEqualTo("米、油");
        assertThat(v3.goodsValue()).isEqualTo(new BigDecimal("120.00"));
        assertThat(v3.form()).isEqualTo(VisitForm.HOME_VISIT);
        assertThat(v3.fundSource()).isEqualTo(FundSource.COUNTY);
        assertThat(v3.assistanceKind()).isEqualTo(AssistanceKind.WARMTH);

        assertThat(rows.get(4).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(problems(rows.get(4))).isEqualTo(
                "第 4 行，身份证号码：被 Excel 存成了数字（3.40102E+17），末几位已丢失：请把该列设为“文本”格式后重新填写身份证号");

        RowOutcome r5 = rows.get(5);
        assertThat(r5.status()).as(problems(r5)).isEqualTo(RowStatus.VISIT_NEW_RECIPIENT);
        assertThat(r5.visit().recipient().idNumber()).as("full-width digits, lower-case x").isEqualTo(TestIds.X_CHECKSUM);
        assertThat(r5.visit().recipient().category()).isEqualTo(RecipientCategory.MODEL_WORKER);
        assertThat(r5.visit().newRecipient().name()).isEqualTo("韩梅");
        assertThat(r5.visit().visitedOn()).as("2021.1.8").isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(r5.visit().cash()).as("1,000元").isEqualTo(new BigDecimal("1000.00"));
        assertThat(r5.visit().form()).isEqualTo(VisitForm.GROUP_EVENT);
        assertThat(r5.visit().fundSource()).isEqualTo(FundSource.GRASSROOTS);

        RowOutcome r6 = rows.get(6);
        assertThat(r6.status()).as(problems(r6)).isEqualTo(RowStatus.VISIT_NEW_RECIPIENT);
        assertThat(r6.visit().recipient().idNumber()).as("15 digits converted")
                .isEqualTo(IdNumber.parse(ImportFixtures.OLD_15).value()).hasSize(18);
        assertThat(r6.visit().recipient().category()).as("no 对象类别: 其他").isEqualTo(RecipientCategory.OTHER);
        assertThat(r6.visit().visitedOn()).as("2021年1月8日").isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(r6.visit().cash()).as("0.1万元").isEqualTo(new BigDecimal("1000.00"));
        assertThat(r6.visit().note()).as("备注 belongs to the visit").isEqualTo("补发");
        assertThat(r6.visit().newRecipient().note()).isNull();

        RowOutcome r7 = rows.get(7);
        assertThat(r7.status()).as(problems(r7)).isEqualTo(RowStatus.VISIT);
        assertThat(r7.visit().visitedOn()).as("Excel serial").isEqualTo(LocalDate.of(2021, 1, 8));
        assertThat(r7.visit().cash()).isEqualTo(new BigDecimal("500.00"));

        assertThat(rows.get(8).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(problems(rows.get(8))).isEqualTo("第 8 行，慰问金（元）：不能为负数（-200）");

        assertThat(rows.get(9).status()).isEqualTo(RowStatus.BLANK);

        assertThat(rows.get(10).status()).isEqualTo(RowStatus.DUPLICATE_VISIT);
        assertThat(problems(rows.get(10))).isEqualTo(
                "第 10 行，身份证号码：与第 11 行是同一人（同一帮扶类别）：重复慰问，默认不导入");
        assertThat(rows.get(11).status()).isEqualTo(RowStatus.DUPLICATE_VISIT);
        assertThat(problems(rows.get(11))).contains("第 11 行，身份证号码：与第 10 行是同一人");

        assertThat(rows.get(12).status()).isEqualTo(RowStatus.DUPLICATE_VISIT);
        assertThat(problems(rows.get(12))).isEqualTo(
                "第 12 行，身份证号码：本活动已慰问过此人（2021-01-05，慰问金 600.00 元，送温暖）：重复慰问，默认不导入");

        assertThat(rows.get(13).status()).isEqualTo(RowStatus.REJECTED);
        assertThat(problems(rows.get(13))).isEqualTo(
                "第 13 行，姓名：表中为“周明”，台账中同一身份证号的慰问对象是“周敏”：请核对姓名或身份证号");

        assertThat(rows.get(14).status()).isEqualTo(RowStatus.TOTAL);
        assertThat(rows.get(15).status()).isEqualTo(RowStatus.AFTER_TOTAL);
        assertThat(plan.notices()).extracting(RowProblem::text)
                .containsExactly("第 14 行：合计行，已跳过", "第 15 行：合计行下方的内容（落款、说明），已跳过");
        assertThat(plan.duplicates()).hasSize(3);
        assertThat(plan.count(RowStatus.REJECTED)).isEqualTo(3);
        assertThat(plan.preview(20)).extracting(RowOutcome::rowNumber).containsExactly(3, 5, 6, 7, 10, 11, 12);
        assertThat(campaignVisits()).as("analysis writes nothing").hasSize(1);
        assertThat(app.recipients().count()).isEqualTo(5);
    }

    @Test
    void importsTheVisitsCreatesTheNewPeopleAndLeavesTheDuplicatesOut() throws Exception {
        ImportPlan plan = plan(VisitFixtures.roster(dir));
        VisitImportResult result = imports.execute(plan, null, Progress.none());
        assertThat(result).isEqualTo(new VisitImportResult(4, 2, 0, 3, 3));
        assertThat(result.text()).isEqualTo(
                "导入慰问记录 4 条（其中新建慰问对象 2 人、重复慰问 0 条），跳过重复慰问 3 行，未导入 3 行（有错误）");

        List<VisitSummary> visits = campaignVisits();
        assertThat(visits).hasSize(5).allSatisfy(v -> assertThat(v.campaignId()).isEqualTo(campaign));
        assertThat(sum(visits, VisitSummary::cash)).isEqualTo(new BigDecimal("4100.00"));
        assertThat(sum(visits, VisitSummary::goodsValue)).isEqualTo(new BigDecimal("240.00"));
        assertThat(visits).extracting(VisitSummary::recipientName)
                .containsExactlyInAnyOrder("韩雷", "陈陆", "韩梅", "刘强", "汪惠珍");
        assertThat(visits).filteredOn(v -> v.recipientName().equals("韩雷")).hasSize(1);
        VisitSummary chen = visits.stream().filter(v -> v.recipientName().equals("陈陆")).findFirst().orElseThrow();
        assertThat(chen.hardshipType()).as("snapshot as a visit by hand").isEqualTo(HardshipType.DEEP);
        assertThat(chen.fileStatus()).isEqualTo(FileStatus.ACTIVE);
        assertThat(chen.signed()).isFalse();
        assertThat(chen.duplicateReason()).isNull();
        VisitSummary liu = visits.stream().filter(v -> v.recipientName().equals("刘强")).findFirst().orElseThrow();
        assertThat(liu.category()).isEqualTo(RecipientCategory.OTHER);
        assertThat(liu.note()).isEqualTo("补发");

        assertThat(app.recipients().count()).isEqualTo(7);
        assertThat(app.recipients().search(RecipientQuery.all().withText("韩梅"))).singleElement()
                .satisfies(r -> assertThat(r.category()).isEqualTo(RecipientCategory.MODEL_WORKER));
        assertThat(app.tableCounts()).containsEntry("visit", 5);
    }

    @Test
    void duplicatesAreImportedOnlyWithAReason() throws Exception {
        ImportPlan plan = plan(VisitFixtures.roster(dir));
        VisitImportResult result = imports.execute(plan, "春节前补发慰问品", Progress.none());
        assertThat(result).isEqualTo(new VisitImportResult(7, 2, 3, 0, 3));
        List<VisitSummary> visits = campaignVisits();
        assertThat(visits).hasSize(8);
        assertThat(visits).filteredOn(v -> v.recipientName().equals("孙丽")).hasSize(2)
                .allSatisfy(v -> assertThat(v.duplicateReason()).isEqualTo("春节前补发慰问品"));
        assertThat(visits).filteredOn(v -> v.recipientName().equals("韩雷")).extracting(VisitSummary::duplicateReason)
                .containsExactlyInAnyOrder(null, "春节前补发慰问品");
        assertThat(sum(visits, VisitSummary::cash)).isEqualTo(new BigDecimal("6200.00"));
        assertThat(app.visits().duplicates(campaign)).hasSize(4);
    }

    @Test
    void theErrorWorkbookHoldsTheRowsNotImportedAsTheyWere() throws Exception {
        ImportPlan plan = plan(VisitFixtures.roster(dir));
        Path errors = dir.resolve("未导入.xlsx");
        imports.writeErrors(plan, errors, false);
        List<List<String>> back = RecipientImportServiceTest.readBack(errors);
        List<String> header = new java.util.ArrayList<>(List.of(VisitFixtures.HEADER));
        header.add("错误原因");
        assertThat(back.get(0)).isEqualTo(header);
        assertThat(back.subList(1, back.size())).extracting(r -> r.get(1))
                .containsExactly("周敏", "钱芳", "孙丽", "孙丽", "韩雷", "周明");
        assertThat(back.get(1).get(2)).as("the cell as the sheet showed it").isEqualTo("3.40102E+17");
        assertThat(back.get(1).get(14)).startsWith("第 4 行，身份证号码：被 Excel 存成了数字");
        assertThat(back.get(2).get(6)).isEqualTo("-200");
        assertThat(back.get(2).get(14)).isEqualTo("第 8 行，慰问金（元）：不能为负数（-200）");
        assertThat(back.get(5).get(14)).contains("本活动已慰问过此人");

        Path refusedOnly = dir.resolve("有错误.xlsx");
        imports.writeErrors(plan, refusedOnly, true);
        assertThat(RecipientImportServiceTest.readBack(refusedOnly).subList(1, 4)).extracting(r -> r.get(1))
                .containsExactly("周敏", "钱芳", "周明");
    }

    @Test
    void aClosedCampaignRefusesTheImport() throws Exception {
        Path file = VisitFixtures.roster(dir);
        ImportPlan plan = plan(file);
        app.campaigns().close(campaign, "活动结束");
        assertThatThrownBy(() -> imports.execute(plan, null, Progress.none()))
                .isInstanceOf(CampaignLockedException.class)
                .hasMessageContaining("活动“2021年元旦春节送温暖”已结束并锁定");
        assertThatThrownBy(() -> plan(file)).isInstanceOf(CampaignLockedException.class);
        assertThat(imports.openCampaigns()).isEmpty();
        assertThat(campaignVisits()).hasSize(1);
        assertThat(app.recipients().count()).isEqualTo(5);
        LoadedSheet sheet = imports.load(file, null);
        assertThatThrownBy(() -> imports.analyse(sheet, 2, imports.guessMapping(sheet, 2), 999, Progress.none()))
                .hasMessageContaining("没有编号为 999 的活动");
    }

    @Test
    void aCancelMidImportLeavesVisitsAndRegisterUnchanged() throws Exception {
        ImportPlan plan = plan(VisitFixtures.largeRoster(dir, 300));
        assertThat(plan.count(RowStatus.VISIT_NEW_RECIPIENT)).isEqualTo(300);
        RecipientImportServiceTest.StopAt cancel = new RecipientImportServiceTest.StopAt(200, false);
        assertThatThrownBy(() -> imports.execute(plan, null, cancel)).isInstanceOf(ImportCancelledException.class);
        assertThat(cancel.seen).containsExactly(0L, 200L);
        assertUnchanged();

        // cancelled while the visits are being recorded (after the 300 new people)
        RecipientImportServiceTest.StopAt late = new RecipientImportServiceTest.StopAt(500, false);
        assertThatThrownBy(() -> imports.execute(plan, null, late)).isInstanceOf(ImportCancelledException.class);
        assertThat(late.seen).containsExactly(0L, 200L, 300L, 500L);
        assertUnchanged();
    }

    @Test
    void aFailureMidImportLeavesVisitsAndRegisterUnchanged() throws Exception {
        ImportPlan plan = plan(VisitFixtures.largeRoster(dir, 300));
        RecipientImportServiceTest.StopAt fail = new RecipientImportServiceTest.StopAt(500, true);
        assertThatThrownBy(() -> imports.execute(plan, null, fail)).hasMessage("disk full");
        assertUnchanged();
        ImportPlan roster = plan(VisitFixtures.roster(dir));
        assertThatThrownBy(() -> imports.execute(roster, null, new RecipientImportServiceTest.StopAt(6, true)))
                .hasMessage("disk full");
        assertUnchanged();
        assertThat(imports.execute(roster, null, Progress.none()).imported()).as("and then it works").isEqualTo(4);
    }

    private void assertUnchanged() {
        assertThat(app.recipients().count()).isEqualTo(5);
        assertThat(campaignVisits()).singleElement().satisfies(v -> assertThat(v.recipientName()).isEqualTo("韩雷"));
        assertThat(app.tableCounts()).containsEntry("visit", 1).containsEntry("hardship_file", 1);
    }
}
