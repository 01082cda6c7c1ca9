package cn.warmledger.domain;

public enum VisitForm implements CodedEnum {
    HOME_VISIT, GROUP_EVENT, PHONE_CALL, LETTER, AID_CENTER
}
