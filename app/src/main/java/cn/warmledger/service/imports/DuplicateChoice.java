package cn.warmledger.service.imports;

import cn.warmledger.domain.CodedEnum;

/** What to do with a row whose 身份证号 is already in the register. */
public enum DuplicateChoice implements CodedEnum {
    /** Lay the row over the recipient: filled cells replace, blank cells keep what the register holds. */
    UPDATE,
    /** Leave the recipient as it is. */
    SKIP
}
