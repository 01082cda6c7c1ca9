package cn.warmledger.domain;

public enum OrganizationKind implements CodedEnum {
    SELF, GRASSROOTS, SUBORDINATE, PARENT
}
