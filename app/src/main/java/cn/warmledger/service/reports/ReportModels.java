package cn.warmledger.service.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.ChineseNumerals;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.RosterLine;
import cn.warmledger.domain.StatFields;
import cn.warmledger.domain.UnitFigures;
import cn.warmledger.excel.ReportData;

/**
 * Builds the data a template is filled with. The field names here are the ones the in-app guide lists
 * ({@link #guide}); a user's template may use any of them.
 */
final class ReportModels {
    static final String UNITS = "units";
    static final String PEOPLE = "people";
    static final int ROSTER_ROWS_PER_PAGE = 15;

    static final List<String> HEADER_VALUES = List.of("org.name", "org.code", "parent.name", "preparer", "phone", "date");
    static final List<String> CAMPAIGN_VALUES = List.of("campaign.name", "campaign.year", "unit.name", "count",
            "lines", "totalCash", "totalInWords");
    static final List<String> YEAR_VALUES = List.of("year");
    static final List<String> UNIT_FIELDS = List.of("name", "code");
    static final List<String> PEOPLE_FIELDS = List.of("seq", "name", "gender", "idNumber", "employer", "category",
            "hardshipType", "cash", "goods", "goodsValue", "note", "unit", "signature");

    /** Who fills the table in, as the header lines say. */
    record Header(String orgName, String orgCode, String parentName, String preparer, String phone, LocalDate date) {
    }

    private ReportModels() {
    }

    static ReportData forCampaign(Header header, CampaignRef campaign, List<UnitFigures> stats, List<RosterLine> roster,
                                  String unitName, boolean fullId) {
        return campaignData(header, campaign, unitRows(stats, StatFields.warmthStats()), roster, unitName, fullId);
    }

    /** A campaign table whose per-单位 rows are in the table's units already (the county's 汇总). */
    static ReportData forCampaignRows(Header header, CampaignRef campaign, List<Map<String, Object>> unitRows) {
        return campaignData(header, campaign, unitRows, List.of(), header.orgName(), false);
    }

    /** A year table whose per-单位 rows are in the table's units already (the county's 汇总). */
    static ReportData forYearRows(Header header, int year, List<Map<String, Object>> unitRows) {
        Map<String, Object> values = headerValues(header);
        values.put("year", year);
        return new ReportData(values, Map.of(UNITS, fieldSet(StatFields.aidCenter())), Map.of(UNITS, unitRows),
                ROSTER_ROWS_PER_PAGE);
    }

    private static ReportData campaignData(Header header, CampaignRef campaign, List<Map<String, Object>> unitRows,
                                           List<RosterLine> roster, String unitName, boolean fullId) {
        Map<String, Object> values = headerValues(header);
        values.put("campaign.name", campaign.name());
        values.put("campaign.year", campaign.year());
        values.put("unit.name", unitName);
        BigDecimal total = BigDecimal.ZERO;
        Set<String> persons = new java.util.HashSet<>();
        int n = 0;
        for (RosterLine line : roster) {
            persons.add(line.idNumber() != null ? line.idNumber() : "line-" + n);
            n++;
            total = total.add(line.cash());
        }
        // the lines themselves are read by the filler field by field (RosterRows), not copied into a map each
        RosterRows people = new RosterRows(roster, fullId);
        // 合计（共 N 人）counts people: one visited twice (two 帮扶类别) is one 人 and two lines (人次)
        values.put("count", persons.size());
        values.put("lines", people.size());
        values.put("totalCash", Money.yuan(total));
        values.put("totalInWords", ChineseNumerals.yuan(total));
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        fields.put(UNITS, fieldSet(StatFields.warmthStats()));
        fields.put(PEOPLE, new LinkedHashSet<>(PEOPLE_FIELDS));
        Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
        lists.put(UNITS, unitRows);
        lists.put(PEOPLE, people);
        return new ReportData(values, fields, lists, ROSTER_ROWS_PER_PAGE);
    }

    static ReportData forYear(Header header, int year, List<UnitFigures> aid) {
        return forYearRows(header, year, unitRows(aid, StatFields.aidCenter()));
    }

    /** Per-单位 rows with money in 万元 (four decimals) and counts as whole numbers. */
    private static List<Map<String, Object>> unitRows(List<UnitFigures> units, List<String> figureFields) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (UnitFigures u : units) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", u.name());
            row.put("code", u.code());
            for (String f : figureFields) {
                BigDecimal v = u.get(f);
                row.put(f, StatFields.isMoney(f) ? Money.toWan(v) : v.setScale(0, java.math.RoundingMode.UNNECESSARY));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Set<String> fieldSet(List<String> figures) {
        Set<String> set = new LinkedHashSet<>(UNIT_FIELDS);
        set.addAll(figures);
        return set;
    }

    private static Map<String, Object> headerValues(Header h) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("org.name", h.orgName());
        values.put("org.code", h.orgCode());
        values.put("parent.name", h.parentName());
        values.put("preparer", h.preparer());
        values.put("phone", h.phone());
        values.put("date", h.date());
        return values;
    }

    /** The Chinese guide of template fields (报表 → 模板 → 可用字段). */
    static String guide() {
        StringBuilder sb = new StringBuilder(cn.warmledger.domain.Messages.get("template.guide.intro")).append("\n\n");
        section(sb, "template.guide.header", HEADER_VALUES.stream().map(f -> "${" + f + "}").toList(), HEADER_VALUES);
        section(sb, "template.guide.campaign", CAMPAIGN_VALUES.stream().map(f -> "${" + f + "}").toList(), CAMPAIGN_VALUES);
        section(sb, "template.guide.year", YEAR_VALUES.stream().map(f -> "${" + f + "}").toList(), YEAR_VALUES);
        List<String> unitFields = new ArrayList<>(UNIT_FIELDS);
        unitFields.addAll(StatFields.warmthStats());
        section(sb, "template.guide.warmthUnits", unitFields.stream().map(f -> "${units." + f + "}").toList(), unitFields);
        List<String> aidFields = new ArrayList<>(UNIT_FIELDS);
        aidFields.addAll(StatFields.aidCenter());
        section(sb, "template.guide.aidUnits", aidFields.stream().map(f -> "${units." + f + "}").toList(), aidFields);
        section(sb, "template.guide.people", PEOPLE_FIELDS.stream().map(f -> "${people." + f + "}").toList(),
                PEOPLE_FIELDS.stream().map(f -> "people." + f).toList());
        sb.append(cn.warmledger.domain.Messages.get("template.guide.sums"));
        return sb.toString();
    }

    private static void section(StringBuilder sb, String titleKey, List<String> markers, List<String> keys) {
        sb.append(cn.warmledger.domain.Messages.get(titleKey)).append('\n');
        for (int i = 0; i < markers.size(); i++) {
            sb.append("  ").append(markers.get(i)).append("　")
                    .append(cn.warmledger.domain.Messages.get("templateField." + keys.get(i))).append('\n');
        }
        sb.append('\n');
    }
}
