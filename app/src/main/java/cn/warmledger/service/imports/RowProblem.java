package cn.warmledger.service.imports;

import cn.warmledger.domain.Messages;

/** One problem of one row: the row number as Excel shows it, the column's header, the reason in Chinese. */
public record RowProblem(int rowNumber, String column, String reason) {
    /** 第 5 行，身份证号：校验位不对… */
    public String text() {
        return column == null || column.isEmpty() ? Messages.get("import.problemNoColumn", rowNumber, reason)
                : Messages.get("import.problem", rowNumber, column, reason);
    }
}
