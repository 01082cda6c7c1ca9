package cn.warmledger.domain;

/** 活动状态: open for visits, or closed (its visits locked until it is reopened with a reason). */
public enum CampaignStatus implements CodedEnum {
    OPEN, CLOSED
}
