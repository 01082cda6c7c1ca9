package cn.warmledger.domain;

public enum FileStatus implements CodedEnum {
    ACTIVE, PHASING_OUT, EXITED, CANCELLED
}
