package cn.warmledger.domain;

public enum HardshipType implements CodedEnum {
    DEEP, RELATIVE, ACCIDENT
}
