package cn.warmledger.service.imports;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.warmledger.excel.importing.RawRow;

/**
 * Finds the header row: among the top rows, the one naming the most known fields (title rows merged
 * across the table name none; blank rows none). Of two adjacent rows that score alike — the two lines of
 * a two-level header with vertically merged cells — the lower one wins, since data starts below it.
 * With no known header at all, the first row with two or more different texts.
 */
final class HeaderDetector {
    private HeaderDetector() {
    }

    static int find(List<RawRow> rows) {
        int best = -1;
        int bestScore = 1;
        int limit = Math.min(rows.size(), LoadedSheet.HEADER_SEARCH_ROWS);
        for (int i = 0; i < limit; i++) {
            int score = score(rows.get(i));
            if (score > bestScore || (score == bestScore && best == i - 1 && best >= 0)) {
                best = i;
                bestScore = score;
            }
        }
        if (best >= 0) {
            return rows.get(best).rowNumber();
        }
        for (int i = 0; i < limit; i++) {
            Set<String> texts = new HashSet<>();
            rows.get(i).cells().stream().filter(c -> !c.isBlank()).forEach(c -> texts.add(c.text().strip()));
            if (texts.size() >= 2) {
                return rows.get(i).rowNumber();
            }
        }
        return rows.isEmpty() ? 0 : rows.get(0).rowNumber();
    }

    private static int score(RawRow row) {
        Set<ImportField> found = EnumSet.noneOf(ImportField.class);
        row.cells().forEach(c -> {
            Optional<ImportField> f = ColumnMapping.match(c.text());
            f.ifPresent(found::add);
        });
        return found.size();
    }
}
