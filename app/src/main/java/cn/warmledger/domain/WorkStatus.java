package cn.warmledger.domain;

public enum WorkStatus implements CodedEnum {
    EMPLOYED, LAID_OFF, UNEMPLOYED, RETIRED, SICK_LEAVE, EARLY_RETIRED, MIGRANT
}
