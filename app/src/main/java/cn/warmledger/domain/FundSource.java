package cn.warmledger.domain;

public enum FundSource implements CodedEnum {
    ACFTU, PROVINCIAL, CITY, COUNTY, GRASSROOTS, GOVERNMENT, DONATION, FISCAL
}
