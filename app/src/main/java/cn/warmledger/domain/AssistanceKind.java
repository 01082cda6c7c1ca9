package cn.warmledger.domain;

public enum AssistanceKind implements CodedEnum {
    WARMTH, LIVING, MEDICAL, EDUCATION, EMERGENCY
}
