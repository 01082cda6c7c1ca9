package cn.warmledger.domain;

public enum CampaignKind implements CodedEnum {
    WARMTH, SCHOOLING, MEDICAL, LIVING, JOB_RETENTION, OTHER
}
