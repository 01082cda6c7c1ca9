package cn.warmledger.persistence;

import cn.warmledger.testing.TestDatabases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RosterLine;
import cn.warmledger.domain.UnitFigures;
import cn.warmledger.service.app.AppContext;

/** The SQL aggregates against the hand-computed ReportFixture (figures in 元 here; the tables show 万元). */
class ReportRepositoryTest {
    @TempDir
    Path dir;

    private static void expect(UnitFigures row, Map<String, String> expected) {
        expected.forEach((field, value) -> assertThat(row.get(field)).as(row.name() + " " + field)
                .isEqualByComparingTo(new BigDecimal(value)));
    }

    @Test
    void warmthStatsPerUnit() {
        try (AppContext ctx = TestApp.open(dir)) {
            ReportFixture f = ReportFixture.load(dir);
            try (Database db = TestDatabases.open(dir)) {
                List<UnitFigures> rows = new ReportRepository(db).warmthStats(f.campaign);
                assertThat(rows).extracting(UnitFigures::name).containsExactly("城关镇总工会", "城关镇机关工会", "城关镇教育工会");
                // 本单位: 王建国 (1000+200, and 300 without a 单位), 李文明 2000+500, 赵其他 250.50+49.50; all funds
                expect(rows.get(0), Map.ofEntries(Map.entry("hardshipHouseholds", "1"), Map.entry("hardshipAmount", "1500"),
                        Map.entry("deepHouseholds", "1"), Map.entry("relativeHouseholds", "0"),
                        Map.entry("accidentHouseholds", "0"), Map.entry("exitedHouseholds", "0"),
                        Map.entry("modelWorkers", "1"), Map.entry("modelWorkerAmount", "2500"),
                        Map.entry("migrantWorkers", "0"), Map.entry("frontlineWorkers", "0"),
                        Map.entry("otherPeople", "1"), Map.entry("otherAmount", "300"),
                        Map.entry("visitCount", "4"), Map.entry("totalAmount", "4300"),
                        Map.entry("enterpriseCount", "1"), Map.entry("enterpriseAmount", "2000"),
                        Map.entry("fundTotal", "324345.67"), Map.entry("fundAcftu", "120000"),
                        Map.entry("fundProvincial", "50000"), Map.entry("fundCity", "30000"),
                        Map.entry("fundCounty", "20000"), Map.entry("fundGrassroots", "12345.67"),
                        Map.entry("fundGovernment", "80000"), Map.entry("fundDonation", "5000"),
                        Map.entry("fundFiscal", "7000")));
                // 机关工会: 孙相对 800 (相对), 周意外 500+100 (意外, 已退档), 吴企业 700 (其他); 皖北机械厂 5000+3000
                expect(rows.get(1), Map.of("hardshipHouseholds", "2", "hardshipAmount", "1400", "relativeHouseholds", "1",
                        "accidentHouseholds", "1", "exitedHouseholds", "1", "deepHouseholds", "0",
                        "otherPeople", "1", "otherAmount", "700", "visitCount", "3", "totalAmount", "2100"));
                expect(rows.get(1), Map.of("enterpriseCount", "1", "enterpriseAmount", "8000", "fundTotal", "0"));
                // 教育工会: 郑农民 400, 冯医生 600+150 and 陈骑手 300 (一线)
                expect(rows.get(2), Map.of("migrantWorkers", "1", "migrantWorkerAmount", "400", "frontlineWorkers", "2",
                        "frontlineAmount", "1050", "visitCount", "3", "totalAmount", "1450", "hardshipHouseholds", "0",
                        "enterpriseCount", "0"));
            }
        }
    }

    @Test
    void aidCenterPerUnit() {
        try (AppContext ctx = TestApp.open(dir)) {
            ReportFixture.load(dir);
            try (Database db = TestDatabases.open(dir)) {
                List<UnitFigures> rows = new ReportRepository(db).aidCenter(2024);
                assertThat(rows).hasSize(3);
                // 本单位: 王建国 and 罗渐退 (渐退 still 在档) all year. Only 困难职工 households count: 王建国 WARMTH 1000+200,
                // LIVING 300, EMERGENCY 888.88 (李文明's and 赵其他's visits are not the 帮扶中心's)
                expect(rows.get(0), Map.ofEntries(Map.entry("filesAtStart", "2"), Map.entry("filesAdded", "0"),
                        Map.entry("filesExited", "0"), Map.entry("filesAtEnd", "2"),
                        Map.entry("warmthHouseholds", "1"), Map.entry("warmthAmount", "1200"),
                        Map.entry("livingHouseholds", "1"), Map.entry("livingAmount", "300"),
                        Map.entry("emergencyHouseholds", "1"), Map.entry("emergencyAmount", "888.88"),
                        Map.entry("medicalHouseholds", "0"), Map.entry("aidAmount", "2388.88"),
                        Map.entry("jobFairs", "3"), Map.entry("jobsPosted", "2792"), Map.entry("jobReferrals", "45"),
                        Map.entry("trainees", "310"), Map.entry("legalConsultations", "120"),
                        Map.entry("legalAidCases", "6")));
                // 机关工会: 周意外 退档 2024-06-30, 孙相对 新建档 2024-03-01; WARMTH 孙相对 800 + 周意外 600 (吴企业 is no
                // 困难职工); MEDICAL 3000
                expect(rows.get(1), Map.of("filesAtStart", "1", "filesAdded", "1", "filesExited", "1", "filesAtEnd", "1",
                        "warmthHouseholds", "2", "warmthAmount", "1400", "medicalHouseholds", "1", "medicalAmount", "3000",
                        "aidAmount", "4400", "jobFairs", "0"));
                // 教育工会: 钱退档 left in 2023; 何注销 filed and cancelled in 2024; EDUCATION 1500; its WARMTH visits are
                // 农民工 and 一线, not counted here
                expect(rows.get(2), Map.of("filesAtStart", "0", "filesAdded", "1", "filesExited", "1", "filesAtEnd", "0",
                        "warmthHouseholds", "0", "warmthAmount", "0", "educationHouseholds", "1",
                        "educationAmount", "1500", "aidAmount", "1500"));
            }
        }
    }

    @Test
    void rosterSortedByUnitThenName() {
        try (AppContext ctx = TestApp.open(dir)) {
            ReportFixture f = ReportFixture.load(dir);
            try (Database db = TestDatabases.open(dir)) {
                ReportRepository repo = new ReportRepository(db);
                List<RosterLine> all = repo.roster(f.campaign, null);
                assertThat(all).extracting(RosterLine::name).containsExactly("李文明", "王建国", "王建国", "赵其他",
                        "吴企业", "周意外", "孙相对", "冯医生", "郑农民", "陈骑手");
                assertThat(all.get(1).cash()).isEqualByComparingTo("1000.00");
                assertThat(all.get(1).hardshipType()).isEqualTo(HardshipType.DEEP);
                assertThat(all.get(0).category()).isEqualTo(RecipientCategory.MODEL_WORKER);
                assertThat(repo.roster(f.campaign, ReportFixture.UNIT_A)).extracting(RosterLine::name)
                        .containsExactly("吴企业", "周意外", "孙相对");
                assertThat(repo.campaigns()).extracting(c -> c.name() + "/" + c.year())
                        .containsExactly("2024年元旦春节送温暖/2024", "2023年金秋助学/2023");
            }
        }
    }
}
