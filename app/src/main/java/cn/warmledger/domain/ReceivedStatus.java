package cn.warmledger.domain;

/**
 * A received submission is ACCEPTED (its files match the manifest; it may count in the figures) or REFUSED
 * (a file is missing or damaged: kept with the problem, never used).
 */
public enum ReceivedStatus implements CodedEnum {
    ACCEPTED, REFUSED
}
