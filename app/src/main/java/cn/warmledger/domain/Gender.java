package cn.warmledger.domain;

public enum Gender implements CodedEnum {
    MALE, FEMALE
}
