package cn.warmledger.domain;

/**
 * One cell of the completeness grid (汇总): 已上报, 未上报, or 已更正 (a later submission replaced an earlier one).
 */
public enum ReportingStatus implements CodedEnum {
    REPORTED, MISSING, CORRECTED
}
