package cn.warmledger.domain;

/** What an operator account may do on the shared server: an administrator also manages the accounts. */
public enum OperatorRole implements CodedEnum {
    ADMINISTRATOR, CLERK
}
