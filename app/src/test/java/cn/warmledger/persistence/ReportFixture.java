package cn.warmledger.persistence;

import cn.warmledger.testing.TestDatabases;

import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN;
import static cn.warmledger.persistence.jooq.Tables.ENTERPRISE;
import static cn.warmledger.persistence.jooq.Tables.ENTERPRISE_VISIT;
import static cn.warmledger.persistence.jooq.Tables.FUND_RAISED;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_STATUS_HISTORY;
import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static cn.warmledger.persistence.jooq.Tables.SERVICE_TALLY;
import static cn.warmledger.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;

/**
 * A small township whose report figures were worked out by hand (see the comments of ReportRepositoryTest):
 * 本单位 城关镇总工会 (340102001, set up by TestApp) with two 基层工会, campaign 2024年元旦春节送温暖, and a year
 * 2024 of hardship files, visits and service tallies. Rows go in with plain jOOQ: no service of issue 3 needed.
 */
public final class ReportFixture {
    public static final String UNIT_A = "340102001-01";
    public static final String UNIT_B = "340102001-02";
    private static final LocalDate CAMPAIGN_DAY = LocalDate.of(2024, 1, 15);

    public long self;
    public long unitA;
    public long unitB;
    public long campaign;
    public long otherCampaign;
    private int idCounter;
    private final DSLContext dsl;

    private ReportFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Loads the data set into the data folder (already set up with TestApp.open). */
    public static ReportFixture load(Path dataDir) {
        try (Database db = TestDatabases.open(dataDir)) {
            ReportFixture f = new ReportFixture(db.dsl());
            f.insert();
            return f;
        }
    }

    /** A campaign with {@code n} roster lines of 100.00 元 each, for pagination and timing. */
    public static long largeCampaign(Path dataDir, int n) {
        try (Database db = TestDatabases.open(dataDir)) {
            DSLContext dsl = db.dsl();
            long self = dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.KIND.eq("SELF")).fetchOne().value1();
            long campaign = dsl.insertInto(CAMPAIGN).set(CAMPAIGN.NAME, "大花名册").set(CAMPAIGN.KIND, "WARMTH")
                    .set(CAMPAIGN.STARTS_ON, LocalDate.of(2025, 1, 1)).set(CAMPAIGN.ENDS_ON, LocalDate.of(2025, 2, 1))
                    .returning(CAMPAIGN.ID).fetchOne().getId();
            var recipients = dsl.batch(dsl.insertInto(RECIPIENT, RECIPIENT.ID_NUMBER, RECIPIENT.NAME, RECIPIENT.GENDER,
                    RECIPIENT.BIRTH_DATE, RECIPIENT.CATEGORY, RECIPIENT.ORGANIZATION_ID, RECIPIENT.EMPLOYER)
                    .values((String) null, null, null, null, null, null, null));
            for (int i = 0; i < n; i++) {
                recipients.bind(String.format("9%017d", i), String.format("职工%05d", i), "MALE", LocalDate.of(1980, 1, 1),
                        "MIGRANT_WORKER", self, "某建筑公司");
            }
            recipients.execute();
            dsl.insertInto(VISIT, VISIT.RECIPIENT_ID, VISIT.CAMPAIGN_ID, VISIT.ORGANIZATION_ID, VISIT.VISITED_ON, VISIT.FORM,
                            VISIT.CASH, VISIT.GOODS, VISIT.GOODS_VALUE, VISIT.ASSISTANCE_KIND)
                    .select(org.jooq.impl.DSL.select(RECIPIENT.ID, org.jooq.impl.DSL.val(campaign),
                                    org.jooq.impl.DSL.val(self), org.jooq.impl.DSL.val(LocalDate.of(2025, 1, 10)),
                                    org.jooq.impl.DSL.val("HOME"), org.jooq.impl.DSL.val(new BigDecimal("100.00")),
                                    org.jooq.impl.DSL.val("米、油"), org.jooq.impl.DSL.val(new BigDecimal("50.00")),
                                    org.jooq.impl.DSL.val("WARMTH"))
                            .from(RECIPIENT).where(RECIPIENT.ID_NUMBER.like("9%")))
                    .execute();
            return campaign;
        }
    }

    private void insert() {
        self = dsl.select(ORGANIZATION.ID).from(ORGANIZATION).where(ORGANIZATION.KIND.eq("SELF")).fetchOne().value1();
        dsl.update(ORGANIZATION).set(ORGANIZATION.PHONE, "0551-6200000").where(ORGANIZATION.ID.eq(self)).execute();
        unitA = org(UNIT_A, "城关镇机关工会");
        unitB = org(UNIT_B, "城关镇教育工会");
        campaign = campaign("2024年元旦春节送温暖", LocalDate.of(2024, 1, 1));
        otherCampaign = campaign("2023年金秋助学", LocalDate.of(2023, 8, 1));

        long r1 = recipient("王建国", "HARDSHIP_WORKER", self, "MALE");
        long r2 = recipient("孙相对", "HARDSHIP_WORKER", unitA, "FEMALE");
        long r3 = recipient("周意外", "HARDSHIP_WORKER", unitA, "MALE");
        long r4 = recipient("李文明", "MODEL_WORKER", self, "MALE");
        long r5 = recipient("郑农民", "MIGRANT_WORKER", unitB, "MALE");
        long r6 = recipient("冯医生", "MEDICAL_FRONTLINE", unitB, "FEMALE");
        long r7 = recipient("陈骑手", "OUTDOOR_OR_GIG_WORKER", unitB, "MALE");
        long r8 = recipient("吴企业", "STRUGGLING_ENTERPRISE_WORKER", unitA, "FEMALE");
        long r9 = recipient("赵其他", "OTHER", self, "MALE");
        long r10 = recipient("钱退档", "HARDSHIP_WORKER", unitB, "MALE");
        long r11 = recipient("何注销", "HARDSHIP_WORKER", unitB, "FEMALE");
        long r12 = recipient("罗渐退", "HARDSHIP_WORKER", self, "MALE");
        long r13 = recipient("高明年", "HARDSHIP_WORKER", self, "MALE");
        long deletedRecipient = recipient("回收站", "HARDSHIP_WORKER", self, "MALE");
        dsl.update(RECIPIENT).set(RECIPIENT.DELETED_AT, LocalDateTime.now()).where(RECIPIENT.ID.eq(deletedRecipient)).execute();

        // campaign visits, all on 2024-01-15
        visit(r1, campaign, self, CAMPAIGN_DAY, "1000.00", "200.00", "WARMTH", "DEEP", "ACTIVE", false);
        visit(r2, campaign, unitA, CAMPAIGN_DAY, "800.00", "0.00", "WARMTH", "RELATIVE", "ACTIVE", false);
        visit(r3, campaign, unitA, CAMPAIGN_DAY, "500.00", "100.00", "WARMTH", "ACCIDENT", "EXITED", false);
        visit(r1, campaign, null, CAMPAIGN_DAY, "300.00", "0.00", "LIVING", "DEEP", "ACTIVE", false);
        visit(r4, campaign, self, CAMPAIGN_DAY, "2000.00", "500.00", "WARMTH", null, null, false);
        visit(r5, campaign, unitB, CAMPAIGN_DAY, "400.00", "0.00", "WARMTH", null, null, false);
        visit(r6, campaign, unitB, CAMPAIGN_DAY, "600.00", "150.00", "WARMTH", null, null, false);
        visit(r7, campaign, unitB, CAMPAIGN_DAY, "300.00", "0.00", "WARMTH", null, null, false);
        visit(r8, campaign, unitA, CAMPAIGN_DAY, "700.00", "0.00", "WARMTH", null, null, false);
        visit(r9, campaign, self, CAMPAIGN_DAY, "250.50", "49.50", "WARMTH", null, null, false);
        visit(r2, campaign, unitA, CAMPAIGN_DAY, "9999.00", "0.00", "WARMTH", "RELATIVE", "ACTIVE", true);
        visit(deletedRecipient, campaign, self, CAMPAIGN_DAY, "7777.00", "0.00", "WARMTH", "DEEP", "ACTIVE", false);
        visit(r4, otherCampaign, self, LocalDate.of(2023, 12, 20), "5000.00", "0.00", "WARMTH", null, null, false);
        // visits of the year outside the campaign
        visit(r2, null, unitA, LocalDate.of(2024, 5, 10), "3000.00", "0.00", "MEDICAL", "RELATIVE", "ACTIVE", false);
        visit(r11, null, unitB, LocalDate.of(2024, 8, 1), "1500.00", "0.00", "EDUCATION", "DEEP", "ACTIVE", false);
        visit(r1, null, self, LocalDate.of(2024, 11, 11), "888.88", "0.00", "EMERGENCY", "DEEP", "ACTIVE", false);
        visit(r1, null, self, LocalDate.of(2025, 1, 2), "10000.00", "0.00", "MEDICAL", "DEEP", "ACTIVE", false);

        long e1 = enterprise("91340100MA2N000001", "皖北机械厂", unitA);
        long e2 = enterprise("91340100MA2N000002", "城关纺织厂", null);
        long e3 = enterprise("91340100MA2N000003", "教育印刷厂", unitB);
        enterpriseVisit(e1, campaign, "5000.00", false);
        enterpriseVisit(e1, campaign, "3000.00", false);
        enterpriseVisit(e2, campaign, "2000.00", false);
        enterpriseVisit(e2, campaign, "4444.00", true);
        enterpriseVisit(e3, otherCampaign, "6000.00", false);

        fund("ACFTU", "100000.00", false);
        fund("ACFTU", "20000.00", false);
        fund("PROVINCIAL", "50000.00", false);
        fund("CITY", "30000.00", false);
        fund("COUNTY", "20000.00", false);
        fund("GRASSROOTS", "12345.67", false);
        fund("GOVERNMENT", "80000.00", false);
        fund("DONATION", "5000.00", false);
        fund("DONATION", "999.00", true);
        fund("FISCAL", "7000.00", false);

        file(r1, "ACTIVE", LocalDate.of(2020, 5, 1));
        file(r2, "ACTIVE", LocalDate.of(2024, 3, 1));
        file(r3, "ACTIVE", LocalDate.of(2019, 1, 1), "EXITED", LocalDate.of(2024, 6, 30));
        file(r10, "ACTIVE", LocalDate.of(2023, 2, 1), "PHASING_OUT", LocalDate.of(2023, 12, 1), "EXITED",
                LocalDate.of(2023, 12, 20));
        file(r11, "ACTIVE", LocalDate.of(2024, 2, 1), "CANCELLED", LocalDate.of(2024, 9, 1));
        file(r12, "ACTIVE", LocalDate.of(2022, 1, 1), "PHASING_OUT", LocalDate.of(2024, 4, 1));
        file(r13, "ACTIVE", LocalDate.of(2025, 1, 5));
        file(deletedRecipient, "ACTIVE", LocalDate.of(2020, 1, 1));

        tally("JOB_FAIR", 2024, 2);
        tally("JOB_FAIR", 2024, 1);
        tally("JOB_FAIR", 2023, 9);
        tally("JOBS_POSTED", 2024, 2792);
        tally("JOB_REFERRAL", 2024, 45);
        tally("TRAINING", 2024, 310);
        tally("LEGAL_CONSULTATION", 2024, 120);
        tally("LEGAL_AID_CASE", 2024, 6);
        tally("COUPLETS", 2024, 500);
    }

    private long org(String code, String name) {
        return dsl.insertInto(ORGANIZATION).set(ORGANIZATION.CODE, code).set(ORGANIZATION.NAME, name)
                .set(ORGANIZATION.KIND, "GRASSROOTS").set(ORGANIZATION.PARENT_ID, self)
                .returning(ORGANIZATION.ID).fetchOne().getId();
    }

    private long campaign(String name, LocalDate start) {
        return dsl.insertInto(CAMPAIGN).set(CAMPAIGN.NAME, name).set(CAMPAIGN.KIND, "WARMTH")
                .set(CAMPAIGN.STARTS_ON, start).set(CAMPAIGN.ENDS_ON, start.plusMonths(2))
                .returning(CAMPAIGN.ID).fetchOne().getId();
    }

    private long recipient(String name, String category, long unit, String gender) {
        idCounter++;
        return dsl.insertInto(RECIPIENT).set(RECIPIENT.ID_NUMBER, String.format("34010219800101%04d", idCounter))
                .set(RECIPIENT.NAME, name).set(RECIPIENT.GENDER, gender).set(RECIPIENT.BIRTH_DATE, LocalDate.of(1980, 1, 1))
                .set(RECIPIENT.CATEGORY, category).set(RECIPIENT.ORGANIZATION_ID, unit).set(RECIPIENT.EMPLOYER, "城关某厂")
                .returning(RECIPIENT.ID).fetchOne().getId();
    }

    private void visit(long recipient, Long campaignId, Long unit, LocalDate on, String cash, String goodsValue,
                       String kind, String hardshipType, String fileStatus, boolean deleted) {
        dsl.insertInto(VISIT).set(VISIT.RECIPIENT_ID, recipient).set(VISIT.CAMPAIGN_ID, campaignId)
                .set(VISIT.ORGANIZATION_ID, unit).set(VISIT.VISITED_ON, on).set(VISIT.FORM, "HOME")
                .set(VISIT.CASH, new BigDecimal(cash)).set(VISIT.GOODS, new BigDecimal(goodsValue).signum() > 0 ? "米、油" : null)
                .set(VISIT.GOODS_VALUE, new BigDecimal(goodsValue)).set(VISIT.ASSISTANCE_KIND, kind)
                .set(VISIT.HARDSHIP_TYPE, hardshipType).set(VISIT.FILE_STATUS, fileStatus)
                .set(VISIT.DELETED_AT, deleted ? LocalDateTime.now() : null)
                .execute();
    }

    private long enterprise(String code, String name, Long unit) {
        return dsl.insertInto(ENTERPRISE).set(ENTERPRISE.CREDIT_CODE, code).set(ENTERPRISE.NAME, name)
                .set(ENTERPRISE.ORGANIZATION_ID, unit).returning(ENTERPRISE.ID).fetchOne().getId();
    }

    private void enterpriseVisit(long enterprise, long campaignId, String amount, boolean deleted) {
        dsl.insertInto(ENTERPRISE_VISIT).set(ENTERPRISE_VISIT.ENTERPRISE_ID, enterprise)
                .set(ENTERPRISE_VISIT.CAMPAIGN_ID, campaignId).set(ENTERPRISE_VISIT.VISITED_ON, CAMPAIGN_DAY)
                .set(ENTERPRISE_VISIT.AMOUNT, new BigDecimal(amount))
                .set(ENTERPRISE_VISIT.DELETED_AT, deleted ? LocalDateTime.now() : null).execute();
    }

    private void fund(String source, String amount, boolean deleted) {
        dsl.insertInto(FUND_RAISED).set(FUND_RAISED.CAMPAIGN_ID, campaign).set(FUND_RAISED.SOURCE, source)
                .set(FUND_RAISED.AMOUNT, new BigDecimal(amount))
                .set(FUND_RAISED.DELETED_AT, deleted ? LocalDateTime.now() : null).execute();
    }

    /** A hardship file with its status history: pairs of status and date. */
    private void file(long recipient, Object... history) {
        long file = dsl.insertInto(HARDSHIP_FILE).set(HARDSHIP_FILE.RECIPIENT_ID, recipient)
                .set(HARDSHIP_FILE.HARDSHIP_TYPE, "DEEP").set(HARDSHIP_FILE.STATUS, (String) history[history.length - 2])
                .returning(HARDSHIP_FILE.ID).fetchOne().getId();
        for (int i = 0; i < history.length; i += 2) {
            dsl.insertInto(HARDSHIP_STATUS_HISTORY).set(HARDSHIP_STATUS_HISTORY.FILE_ID, file)
                    .set(HARDSHIP_STATUS_HISTORY.STATUS, (String) history[i])
                    .set(HARDSHIP_STATUS_HISTORY.CHANGED_ON, (LocalDate) history[i + 1]).execute();
        }
    }

    private void tally(String item, int year, long quantity) {
        dsl.insertInto(SERVICE_TALLY).set(SERVICE_TALLY.TALLY_YEAR, year).set(SERVICE_TALLY.ITEM_CODE, item)
                .set(SERVICE_TALLY.QUANTITY, quantity).execute();
    }
}
