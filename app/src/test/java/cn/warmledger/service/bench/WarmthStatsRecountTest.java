package cn.warmledger.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestSheets;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.StatFields;
import cn.warmledger.domain.Visit;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.visits.VisitDraft;
import cn.warmledger.testing.TestDatabases;

/**
 * Issue 16 (ADR 16-6): the 送温暖统计表 reads the visits from a covering index (migration 18.16.6) and groups by 单位
 * and 类别. Its sheet, on a bench county of 3,000 recipients and 6,000 visits, must show exactly what a recount of the
 * raw rows says — every visit and recipient read whole from its table (no WHERE, so no index can serve them) and
 * counted here in Java — as built, and again after clerks' edits that the index and the grouping must follow: visits
 * deleted and changed, recipients deleted, restored and moved to another 类别, a new person without a 单位 visited
 * (counted for 本单位). On both engines.
 */
class WarmthStatsRecountTest {
    private static final String TOTAL_ROW = "合计";
    private static final int FIRST_UNIT_ROW = 5;

    @TempDir
    Path dir;

    @Test
    void theSheetOfABenchCountyIsARecountOfItsRowsAsBuiltAndAfterEdits() throws IOException {
        SyntheticCounty.Built county;
        try (AppContext ctx = TestApp.open(dir)) {
            long self = ctx.setup().self().orElseThrow().id();
            county = new SyntheticCounty(20260101L, ctx.benchStore()).build(self, 3_000, 6_000);
        }
        long campaign = county.largestCampaignId();
        Recount built = recount(campaign);
        assertThat(built.visits.size()).isEqualTo(county.largestRows());
        assertSheetIs(campaign, built);

        edit(campaign, built);
        Recount edited = recount(campaign);
        assertThat(edited.figures).isNotEqualTo(built.figures);
        assertSheetIs(campaign, edited);
    }

    /** What clerks do in a season, through the services: each change is one the covering indexes must follow. */
    private void edit(long campaign, Recount before) {
        try (AppContext ctx = TestApp.open(dir)) {
            List<Long> visitIds = new ArrayList<>(before.visits.keySet());
            for (long id : visitIds.subList(0, 40)) {
                Visit v = ctx.visits().find(id).orElseThrow();
                ctx.visits().delete(id, v.version());
            }
            // changed: visits of people visited once in the campaign (a second visit of the same kind needs a reason)
            for (long id : visitIds.stream().skip(40).filter(before::onlyVisitOfItsRecipient).limit(20).toList()) {
                Visit v = ctx.visits().find(id).orElseThrow();
                ctx.visits().save(new VisitDraft(v.id(), v.recipientId(), v.campaignId(), v.visitedOn(), v.form(),
                        v.visitors(), v.cash().add(new BigDecimal("150.00")), v.goods(), v.goodsValue(),
                        v.fundSource(), v.assistanceKind(), v.signed(), v.note(), null, v.version()));
            }
            List<Long> visited = new ArrayList<>(new java.util.TreeSet<>(before.recipientOfVisit(visitIds.subList(60, 200))));
            for (long id : visited.subList(0, 12)) {
                ctx.recipients().delete(id, TestApp.version(ctx.recipients(), id));
            }
            for (long id : visited.subList(0, 4)) {
                ctx.recipients().restore(id, TestApp.version(ctx.recipients(), id));
            }
            int moved = 0;
            for (long id : visited.subList(12, visited.size())) {
                Recipient r = ctx.recipients().details(id).orElseThrow().recipient();
                if (r.category() == RecipientCategory.MODEL_WORKER && moved++ < 3) {
                    ctx.recipients().save(new RecipientDraft(r.id(), r.idNumber(), r.name(), r.gender(), r.birthDate(),
                            r.phone(), r.employer(), r.address(), RecipientCategory.MIGRANT_WORKER, r.organizationId(),
                            r.note(), null, List.of(), null, r.version()));
                }
            }
            assertThat(moved).isPositive();
            long newcomer = ctx.recipients().save(new RecipientDraft(null, TestCampaigns.idNumber(7), "周新来",
                    Gender.MALE, LocalDate.of(1980, 1, 1), "13900000007", "县环卫所", null,
                    RecipientCategory.OUTDOOR_OR_GIG_WORKER, null, null, null, List.of(), null));
            Visit any = ctx.visits().find(visitIds.get(100)).orElseThrow();
            ctx.visits().save(TestCampaigns.visit(newcomer, campaign, any.visitedOn(), "300"));
        }
    }

    /** The sheet's every 单位 row and its 合计 row equal the recount: counts exactly, money in 万元. */
    private void assertSheetIs(long campaign, Recount expected) throws IOException {
        Path out = dir.resolve("stats-" + System.nanoTime() + ".xlsx");
        try (AppContext ctx = TestApp.open(dir)) {
            ctx.reports().export(ReportRequest.warmthStats(campaign), out, Progress.none());
        }
        List<String> fields = StatFields.warmthStats();
        Map<String, Map<String, BigDecimal>> rows = new LinkedHashMap<>(expected.figures);
        Map<String, BigDecimal> total = new HashMap<>();
        rows.values().forEach(row -> row.forEach((f, v) -> total.merge(f, v, BigDecimal::add)));
        rows.put(TOTAL_ROW, total);
        Set<String> seen = new HashSet<>();
        try (XSSFWorkbook wb = TestSheets.read(out)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int i = FIRST_UNIT_ROW; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null || row.getCell(0) == null || !rows.containsKey(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                String unit = row.getCell(0).getStringCellValue();
                seen.add(unit);
                for (int c = 0; c < fields.size(); c++) {
                    String f = fields.get(c);
                    BigDecimal v = rows.get(unit).getOrDefault(f, BigDecimal.ZERO);
                    double want = StatFields.isMoney(f) ? v.movePointLeft(4).doubleValue() : v.doubleValue();
                    assertThat(row.getCell(c + 1).getNumericCellValue()).as(unit + " " + f).isCloseTo(want, within(1e-9));
                }
            }
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(rows.keySet());
    }

    /** The figures per 单位 name, counted in Java from every row of the tables read whole. */
    private Recount recount(long campaign) {
        try (Database db = TestDatabases.open(dir)) {
            DSLContext dsl = db.dsl();
            Map<Long, String> units = new HashMap<>();
            Long self = null;
            for (Record r : dsl.fetch("SELECT id, name, kind, deleted_at FROM organization")) {
                units.put(r.get(0, Long.class), r.get(1, String.class));
                if ("SELF".equals(r.get(2, String.class)) && r.get(3) == null && (self == null || r.get(0, Long.class) < self)) {
                    self = r.get(0, Long.class);
                }
            }
            Map<Long, String> categories = new HashMap<>();
            for (Record r : dsl.fetch("SELECT id, category, deleted_at FROM recipient")) {
                if (r.get(2) == null) {
                    categories.put(r.get(0, Long.class), r.get(1, String.class));
                }
            }
            Recount recount = new Recount();
            Map<String, Map<String, Set<Long>>> people = new HashMap<>();
            for (Record r : dsl.fetch("SELECT id, campaign_id, organization_id, recipient_id, hardship_type, file_status,"
                    + " cash, goods_value, deleted_at FROM visit")) {
                String category = categories.get(r.get(3, Long.class));
                if (r.get(8) != null || !Long.valueOf(campaign).equals(r.get(1, Long.class)) || category == null) {
                    continue;
                }
                long recipient = r.get(3, Long.class);
                recount.visits.put(r.get(0, Long.class), recipient);
                String unit = units.get(r.get(2) == null ? self : r.get(2, Long.class));
                BigDecimal value = r.get(6, BigDecimal.class).add(r.get(7, BigDecimal.class));
                Map<String, BigDecimal> row = recount.figures.computeIfAbsent(unit, k -> new HashMap<>());
                Map<String, Set<Long>> who = people.computeIfAbsent(unit, k -> new HashMap<>());
                Predicate<String> hardship = c -> c.equals(RecipientCategory.HARDSHIP_WORKER.code());
                String people1;
                String amount;
                if (hardship.test(category)) {
                    people1 = StatFields.HARDSHIP_HOUSEHOLDS;
                    amount = StatFields.HARDSHIP_AMOUNT;
                    String type = r.get(4, String.class);
                    if (HardshipType.DEEP.code().equals(type)) {
                        who.computeIfAbsent(StatFields.DEEP_HOUSEHOLDS, k -> new HashSet<>()).add(recipient);
                    } else if (HardshipType.RELATIVE.code().equals(type)) {
                        who.computeIfAbsent(StatFields.RELATIVE_HOUSEHOLDS, k -> new HashSet<>()).add(recipient);
                    } else if (HardshipType.ACCIDENT.code().equals(type)) {
                        who.computeIfAbsent(StatFields.ACCIDENT_HOUSEHOLDS, k -> new HashSet<>()).add(recipient);
                    }
                    if (FileStatus.EXITED.code().equals(r.get(5, String.class))) {
                        who.computeIfAbsent(StatFields.EXITED_HOUSEHOLDS, k -> new HashSet<>()).add(recipient);
                    }
                } else if (category.equals(RecipientCategory.MODEL_WORKER.code())) {
                    people1 = StatFields.MODEL_WORKERS;
                    amount = StatFields.MODEL_WORKER_AMOUNT;
                } else if (category.equals(RecipientCategory.MIGRANT_WORKER.code())) {
                    people1 = StatFields.MIGRANT_WORKERS;
                    amount = StatFields.MIGRANT_WORKER_AMOUNT;
                } else if (category.equals(RecipientCategory.MEDICAL_FRONTLINE.code())
                        || category.equals(RecipientCategory.PUBLIC_SERVICE_FRONTLINE.code())
                        || category.equals(RecipientCategory.OUTDOOR_OR_GIG_WORKER.code())) {
                    people1 = StatFields.FRONTLINE_WORKERS;
                    amount = StatFields.FRONTLINE_AMOUNT;
                } else {
                    people1 = StatFields.OTHER_PEOPLE;
                    amount = StatFields.OTHER_AMOUNT;
                }
                who.computeIfAbsent(people1, k -> new HashSet<>()).add(recipient);
                row.merge(amount, value, BigDecimal::add);
                row.merge(StatFields.VISIT_COUNT, BigDecimal.ONE, BigDecimal::add);
                row.merge(StatFields.TOTAL_AMOUNT, value, BigDecimal::add);
            }
            people.forEach((unit, who) -> who.forEach((f, set) ->
                    recount.figures.get(unit).put(f, BigDecimal.valueOf(set.size()))));
            Map<String, BigDecimal> selfRow = recount.figures.computeIfAbsent(units.get(self), k -> new HashMap<>());
            for (Record r : dsl.fetch("SELECT campaign_id, source, amount, deleted_at FROM fund_raised")) {
                if (r.get(3) == null && Long.valueOf(campaign).equals(r.get(0, Long.class))) {
                    FundSource source = cn.warmledger.domain.CodedEnum.fromCode(FundSource.class, r.get(1, String.class));
                    selfRow.merge(StatFields.fund(source), r.get(2, BigDecimal.class), BigDecimal::add);
                    selfRow.merge(StatFields.FUND_TOTAL, r.get(2, BigDecimal.class), BigDecimal::add);
                }
            }
            assertThat(dsl.fetchCount(dsl.selectFrom("enterprise_visit"))).as("the bench county has no 企业 visits").isZero();
            return recount;
        }
    }

    /** Per 单位 name its figures (zero ones absent), and the campaign's counted visits (id → recipient). */
    private static final class Recount {
        final Map<String, Map<String, BigDecimal>> figures = new HashMap<>();
        final Map<Long, Long> visits = new LinkedHashMap<>();

        boolean onlyVisitOfItsRecipient(long visitId) {
            long recipient = visits.get(visitId);
            return visits.values().stream().filter(r -> r == recipient).count() == 1;
        }

        Set<Long> recipientOfVisit(List<Long> visitIds) {
            Set<Long> ids = new HashSet<>();
            visitIds.forEach(id -> ids.add(visits.get(id)));
            return ids;
        }
    }
}
