package cn.warmledger.domain;

/**
 * The outputs the upper union judges a township by (design.md "The outputs"); also the table kind of a
 * submission. Labels under "ReportKind.CODE".
 */
public enum ReportKind implements CodedEnum {
    /** 元旦春节期间各级工会送温暖统计表, per campaign. */
    WARMTH_STATS,
    /** 年度困难职工帮扶中心工作统计表, per year. */
    AID_CENTER,
    /** 慰问金发放花名册, per campaign (optionally one 单位). */
    ROSTER;

    /** True when the output is for a campaign, false when it is for a year. */
    public boolean perCampaign() {
        return this != AID_CENTER;
    }
}
