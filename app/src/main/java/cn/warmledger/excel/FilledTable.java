package cn.warmledger.excel;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A hand-filled statistics table as read: the 填报单位 it names, its unit rows (figures by field, money in
 * 万元), its 合计 row, and every problem found, each with its cell (D8).
 */
public record FilledTable(String unitName, List<Row> rows, Map<String, BigDecimal> totals, List<Problem> problems) {
    public FilledTable {
        rows = List.copyOf(rows);
        totals = Map.copyOf(totals);
        problems = List.copyOf(problems);
    }

    /** One unit row; {@code rowNumber} is 1-based as Excel shows it. */
    public record Row(int rowNumber, String name, Map<String, BigDecimal> figures) {
    }

    /** A cell that can't be used as it is, and why (Chinese). */
    public record Problem(String cell, String reason) {
        @Override
        public String toString() {
            return cell + "：" + reason;
        }
    }
}
