package cn.warmledger.service.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.warmledger.domain.CodedEnum;

/**
 * What a sheet is imported as: a list of 慰问对象 into the register, or a past campaign's roster (who
 * received how much) into visits of a campaign. Each kind maps only its own fields; the other columns are
 * listed as not imported.
 */
public enum ImportKind implements CodedEnum {
    RECIPIENTS,
    VISITS;

    private static final Set<ImportField> VISIT_FIELDS = EnumSet.of(ImportField.NAME, ImportField.ID_NUMBER,
            ImportField.GENDER, ImportField.BIRTH_DATE, ImportField.PHONE, ImportField.EMPLOYER, ImportField.ADDRESS,
            ImportField.CATEGORY, ImportField.HARDSHIP_TYPE, ImportField.NOTE, ImportField.CASH, ImportField.GOODS,
            ImportField.GOODS_VALUE, ImportField.VISITED_ON, ImportField.VISIT_FORM, ImportField.FUND_SOURCE,
            ImportField.VISITORS, ImportField.ASSISTANCE_KIND);
    private static final Set<ImportField> ROSTER_ONLY = EnumSet.of(ImportField.CASH, ImportField.GOODS,
            ImportField.GOODS_VALUE, ImportField.VISITED_ON, ImportField.VISIT_FORM, ImportField.FUND_SOURCE,
            ImportField.VISITORS, ImportField.ASSISTANCE_KIND);

    /** The fields a column may be mapped to, in the order the mapping step offers them. */
    public List<ImportField> fields() {
        return java.util.Arrays.stream(ImportField.values())
                .filter(f -> this == VISITS ? VISIT_FIELDS.contains(f) : !ROSTER_ONLY.contains(f)).toList();
    }

    public boolean allows(ImportField field) {
        return this == VISITS ? VISIT_FIELDS.contains(field) : !ROSTER_ONLY.contains(field);
    }

    /** Columns the sheet must have: 姓名 and 身份证号; a roster also 慰问日期 (a visit has a date). */
    public List<ImportField> required() {
        return fields().stream().filter(f -> f.isRequired() || (this == VISITS && f == ImportField.VISITED_ON)).toList();
    }
}
