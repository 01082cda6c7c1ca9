package cn.warmledger.service.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.StatFields;

/**
 * The checks a hand-filled sheet gets, applied to a manifest's figures too: a statistics table's per-单位 rows
 * must hold numbers, none negative, counts whole. A manifest that fails is refused rather than summed.
 */
final class ManifestFigures {
    private static final int MAX_PROBLEMS = 5;

    private ManifestFigures() {
    }

    static List<String> problems(Manifest m, String id, String who) {
        List<String> problems = new ArrayList<>();
        boolean statistics = ReportKind.WARMTH_STATS.code().equals(m.tableKind())
                || ReportKind.AID_CENTER.code().equals(m.tableKind());
        if (!statistics || !(m.figures().get(ConsolidatedTables.UNITS) instanceof List<?> rows)) {
            return problems;
        }
        int rowNumber = 0;
        for (Object o : rows) {
            rowNumber++;
            if (!(o instanceof Map<?, ?> row)) {
                problems.add(Messages.get("collect.problem.badFigure", id, who, rowNumber, "units", String.valueOf(o)));
                continue;
            }
            for (String field : StatFields.all()) {
                Object value = row.get(field);
                if (value == null) {
                    continue;
                }
                BigDecimal number = number(value);
                if (number == null || number.signum() < 0
                        || (!StatFields.isMoney(field) && number.stripTrailingZeros().scale() > 0)) {
                    problems.add(Messages.get("collect.problem.badFigure", id, who, rowNumber, field,
                            String.valueOf(value)));
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        return problems;
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (value instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
