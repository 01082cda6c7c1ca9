package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN;
import static cn.warmledger.persistence.jooq.Tables.ENTERPRISE;
import static cn.warmledger.persistence.jooq.Tables.ENTERPRISE_VISIT;
import static cn.warmledger.persistence.jooq.Tables.FUND_RAISED;
import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static cn.warmledger.persistence.jooq.Tables.SERVICE_TALLY;
import static cn.warmledger.persistence.jooq.Tables.VISIT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RosterLine;
import cn.warmledger.domain.StatFields;
import cn.warmledger.domain.UnitFigures;

/**
 * Read-only figures of the statistics tables and the roster, as SQL aggregates (GROUP BY per 单位), never
 * loops over loaded rows. Visits without a 单位, funds, and service tallies count for 本单位.
 */
public final class ReportRepository {

    private final DSLContext dsl;

    public ReportRepository(Database database) {
        this.dsl = database.dsl();
    }

    /** Campaigns newest first, for the report screen's chooser. */
    public List<CampaignRef> campaigns() {
        return dsl.select(CAMPAIGN.ID, CAMPAIGN.NAME, CAMPAIGN.STARTS_ON).from(CAMPAIGN)
                .orderBy(CAMPAIGN.STARTS_ON.desc(), CAMPAIGN.ID.desc())
                .fetch(r -> new CampaignRef(r.value1(), r.value2(), r.value3().getYear()));
    }

    public Optional<CampaignRef> campaign(long id) {
        return dsl.select(CAMPAIGN.ID, CAMPAIGN.NAME, CAMPAIGN.STARTS_ON).from(CAMPAIGN).where(CAMPAIGN.ID.eq(id))
                .fetchOptional(r -> new CampaignRef(r.value1(), r.value2(), r.value3().getYear()));
    }

    /** 送温暖统计表: one row per 单位 (本单位 first, then its 基层工会). */
    public List<UnitFigures> warmthStats(long campaignId) {
        Long self = selfId();
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();

        WarmthVisitFigures.addTo(dsl, campaignId, self, figures);

        Field<Long> enterpriseUnit = coalesce(ENTERPRISE.ORGANIZATION_ID, val(self, Long.class)).as("unit");
        dsl.select(enterpriseUnit, countDistinct(ENTERPRISE_VISIT.ENTERPRISE_ID).as(StatFields.ENTERPRISE_COUNT),
                        sum(ENTERPRISE_VISIT.AMOUNT).as(StatFields.ENTERPRISE_AMOUNT))
                .from(ENTERPRISE_VISIT).join(ENTERPRISE).on(ENTERPRISE.ID.eq(ENTERPRISE_VISIT.ENTERPRISE_ID))
                .where(ENTERPRISE_VISIT.CAMPAIGN_ID.eq(campaignId).and(ENTERPRISE_VISIT.DELETED_AT.isNull()))
                .groupBy(enterpriseUnit)
                .forEach(r -> collect(figures, r));

        Map<String, BigDecimal> selfFigures = figures.computeIfAbsent(self, k -> new HashMap<>());
        BigDecimal fundTotal = BigDecimal.ZERO;
        for (var r : dsl.select(FUND_RAISED.SOURCE, sum(FUND_RAISED.AMOUNT)).from(FUND_RAISED)
                .where(FUND_RAISED.CAMPAIGN_ID.eq(campaignId).and(FUND_RAISED.DELETED_AT.isNull()))
                .groupBy(FUND_RAISED.SOURCE).fetch()) {
            FundSource source = CodedEnum.fromCode(FundSource.class, r.value1());
            selfFigures.merge(StatFields.fund(source), r.value2(), BigDecimal::add);
            fundTotal = fundTotal.add(r.value2());
        }
        selfFigures.put(StatFields.FUND_TOTAL, fundTotal);
        return rows(figures);
    }

    /**
     * 年度困难职工帮扶中心工作统计表: one row per 单位 for the calendar year. It is the 帮扶中心's table: its 救助 and
     * 送温暖 columns count 困难职工 households only — 劳模, 农民工 and 一线 visits belong to the 送温暖统计表 — each
     * household once per column however many visits (户数 = distinct households), 金额 = what those households
     * received in that kind in the year (慰问金 + 慰问品折价). A visit is a 困难职工 household's when the visit itself
     * says so: it keeps the household's 档案状态 as it was when recorded (VISIT.FILE_STATUS is set only for a 困难职工
     * with a 困难职工档案), so a later change of 对象类别 changes no past year. Every household has one row, its
     * recipient's 单位 (else 本单位), for the 在档 columns and the visit columns alike, so the 合计 row's 户数 (a sum
     * of the rows) counts each household once. The 在档 columns follow the files' dated status history (see
     * {@link FileStatusFigures}).
     */
    public List<UnitFigures> aidCenter(int year) {
        Long self = selfId();
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Map<Long, Map<String, BigDecimal>> figures = new HashMap<>();
        figures.computeIfAbsent(self, k -> new HashMap<>());

        FileStatusFigures.addTo(dsl, self, start, end, figures);

        Field<Long> unit = coalesce(RECIPIENT.ORGANIZATION_ID, val(self, Long.class)).as("unit");
        Field<BigDecimal> value = VISIT.CASH.plus(VISIT.GOODS_VALUE);
        List<Field<?>> columns = new ArrayList<>(List.of(unit));
        for (AssistanceKind kind : AssistanceKind.values()) {
            Condition isKind = VISIT.ASSISTANCE_KIND.eq(kind.code());
            columns.add(people(isKind).as(StatFields.households(kind)));
            columns.add(money(isKind, value).as(StatFields.amount(kind)));
        }
        columns.add(sum(value).as(StatFields.AID_AMOUNT));
        dsl.select(columns).from(VISIT).join(RECIPIENT).on(RECIPIENT.ID.eq(VISIT.RECIPIENT_ID))
                .where(VISIT.VISITED_ON.between(start, end).and(VISIT.DELETED_AT.isNull()).and(RECIPIENT.DELETED_AT.isNull())
                        .and(VISIT.FILE_STATUS.isNotNull()))
                .groupBy(unit)
                .forEach(r -> collect(figures, r));

        Map<String, String> services = Map.of("JOB_FAIR", StatFields.JOB_FAIRS, "JOBS_POSTED", StatFields.JOBS_POSTED,
                "JOB_REFERRAL", StatFields.JOB_REFERRALS, "TRAINING", StatFields.TRAINEES,
                "LEGAL_CONSULTATION", StatFields.LEGAL_CONSULTATIONS, "LEGAL_AID_CASE", StatFields.LEGAL_AID_CASES);
        dsl.select(SERVICE_TALLY.ITEM_CODE, sum(SERVICE_TALLY.QUANTITY)).from(SERVICE_TALLY)
                .where(SERVICE_TALLY.TALLY_YEAR.eq(year).and(SERVICE_TALLY.ITEM_CODE.in(services.keySet())))
                .groupBy(SERVICE_TALLY.ITEM_CODE)
                .forEach(r -> figures.get(self).put(services.get(r.value1()), r.value2()));
        return rows(figures);
    }

    /** The roster's lines, sorted by 单位 then name; {@code unitCode} null for every 单位. */
    public List<RosterLine> roster(long campaignId, String unitCode) {
        Long self = selfId();
        var unit = ORGANIZATION.as("unit");
        Condition where = VISIT.CAMPAIGN_ID.eq(campaignId).and(VISIT.DELETED_AT.isNull()).and(RECIPIENT.DELETED_AT.isNull());
        if (unitCode != null) {
            where = where.and(unit.CODE.eq(unitCode));
        }
        var query = dsl.select(unit.CODE, unit.NAME, RECIPIENT.NAME, RECIPIENT.GENDER, RECIPIENT.ID_NUMBER,
                        RECIPIENT.EMPLOYER, RECIPIENT.CATEGORY, VISIT.HARDSHIP_TYPE, VISIT.CASH, VISIT.GOODS,
                        VISIT.GOODS_VALUE, VISIT.NOTE)
                .from(VISIT).join(RECIPIENT).on(RECIPIENT.ID.eq(VISIT.RECIPIENT_ID))
                .leftJoin(unit).on(unit.ID.eq(coalesce(VISIT.ORGANIZATION_ID, val(self, Long.class))))
                .where(where)
                .orderBy(unit.CODE, RECIPIENT.NAME, VISIT.ID);
        // jOOQ writes the query; its rows are read straight off the JDBC result into the lines, without a jOOQ
        // record each (that mapping was half the roster's query time for 10,000 lines, issue 16)
        List<RosterLine> lines = new ArrayList<>();
        try (ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                lines.add(new RosterLine(rs.getString(1), rs.getString(2), rs.getString(3),
                        CodedEnum.fromCode(Gender.class, rs.getString(4)), rs.getString(5), rs.getString(6),
                        CodedEnum.fromCode(RecipientCategory.class, rs.getString(7)),
                        CodedEnum.fromCode(HardshipType.class, rs.getString(8)), rs.getBigDecimal(9), rs.getString(10),
                        rs.getBigDecimal(11), rs.getString(12)));
            }
        } catch (SQLException e) {
            throw new DataAccessException(e.getMessage(), e);
        }
        return lines;
    }

    private static Field<Integer> people(Condition condition) {
        return countDistinct(when(condition, VISIT.RECIPIENT_ID));
    }

    private static Field<BigDecimal> money(Condition condition, Field<BigDecimal> value) {
        return sum(when(condition, value));
    }

    /** Adds a grouped row's figures (its other columns, by name) to its 单位's in {@code figures}. */
    static void collect(Map<Long, Map<String, BigDecimal>> figures, Record r) {
        Long unit = r.get("unit", Long.class);
        Map<String, BigDecimal> row = figures.computeIfAbsent(unit, k -> new HashMap<>());
        for (Field<?> f : r.fields()) {
            if (!"unit".equals(f.getName())) {
                BigDecimal v = r.get(f, BigDecimal.class);
                row.merge(f.getName(), v == null ? BigDecimal.ZERO : v, BigDecimal::add);
            }
        }
    }

    /** 本单位 and its 基层工会 in order, each with its figures (zero where none), plus any other 单位 with figures. */
    private List<UnitFigures> rows(Map<Long, Map<String, BigDecimal>> figures) {
        Map<Long, UnitFigures> ordered = new LinkedHashMap<>();
        Function<org.jooq.Record3<Long, String, String>, UnitFigures> toRow = r -> new UnitFigures(r.value1(), r.value2(),
                r.value3(), Map.copyOf(figures.getOrDefault(r.value1(), Map.of())));
        dsl.select(ORGANIZATION.ID, ORGANIZATION.CODE, ORGANIZATION.NAME).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.in(OrganizationKind.SELF.code(), OrganizationKind.GRASSROOTS.code())
                        .and(ORGANIZATION.DELETED_AT.isNull()).or(ORGANIZATION.ID.in(figures.keySet())))
                .orderBy(ORGANIZATION.KIND.desc(), ORGANIZATION.CODE)
                .forEach(r -> ordered.put(r.value1(), toRow.apply(r)));
        return List.copyOf(ordered.values());
    }

    private Long selfId() {
        return dsl.select(ORGANIZATION.ID).from(ORGANIZATION)
                .where(ORGANIZATION.KIND.eq(OrganizationKind.SELF.code()).and(ORGANIZATION.DELETED_AT.isNull()))
                .orderBy(ORGANIZATION.ID).limit(1).fetchOptional(ORGANIZATION.ID).orElse(-1L);
    }
}
