package cn.warmledger.service.imports;

import cn.warmledger.domain.CodedEnum;

/** What the import does with a row of the sheet. */
public enum RowStatus implements CodedEnum {
    /** Valid, and its 身份证号 is new to the register: inserted. */
    NEW,
    /** Valid, and its 身份证号 is in the register already: updated or skipped, as the clerk chooses. */
    EXISTING,
    /** Has problems: not imported, written to the error workbook. */
    REJECTED,
    /** A 合计/总计/小计 row: skipped, and said so. */
    TOTAL,
    /** Below the 合计 row (填表人, 审核人 …): skipped, and said so. */
    AFTER_TOTAL,
    /** The header repeated (a sheet printed in pages): skipped, and said so. */
    REPEATED_HEADER,
    /** Nothing in it: skipped. */
    BLANK,
    /** A roster row of a registered recipient: recorded as a visit of the campaign. */
    VISIT,
    /** A roster row of a person not in the register: the recipient is created, then the visit recorded. */
    VISIT_NEW_RECIPIENT,
    /**
     * A roster row the double-payment guard stops: the person already had a visit of this kind in the campaign,
     * or is on another row of the file. Imported only when the clerk chooses so and gives a reason.
     */
    DUPLICATE_VISIT
}
