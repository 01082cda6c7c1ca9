package cn.warmledger.service.imports;

import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.excel.importing.ErrorWorkbook;
import cn.warmledger.excel.importing.RawRow;

/**
 * The first pass of every import: each row below the header parsed cell by cell, or set aside with why
 * (blank, 合计 and what follows it, a repeated header). Shared by the recipient list and the roster, so
 * both see a sheet the same way.
 */
final class SheetScan {
    /** Rows between two looks at the monitor (progress, cancel). */
    private static final int REPORT_EVERY = 500;

    /** Every row's outcome in sheet order, and the rows that were parsed (valid so far, or with cell problems). */
    record Scan(List<RowOutcome> all, List<RowOutcome> checked) {
    }

    private SheetScan() {
    }

    static Scan scan(LoadedSheet sheet, int headerRow, ColumnMapping mapping, Progress monitor) {
        List<RawRow> rows = sheet.rows().stream().filter(r -> r.rowNumber() > headerRow).toList();
        RowValidator validator = new RowValidator(mapping);
        List<RowOutcome> outcomes = new ArrayList<>(rows.size());
        List<RowOutcome> checked = new ArrayList<>();
        boolean afterTotal = false;
        int idColumn = mapping.column(ImportField.ID_NUMBER).orElseThrow();
        for (RawRow row : rows) {
            if (row.isBlank()) {
                outcomes.add(new RowOutcome(row, RowStatus.BLANK, List.of(), null));
            } else if (afterTotal) {
                outcomes.add(skipped(row, RowStatus.AFTER_TOTAL, "import.afterTotal"));
            } else if (row.cell(idColumn).isBlank() && row.cells().stream().anyMatch(LoadedSheet::isTotalLabel)) {
                afterTotal = row.cells().stream().noneMatch(c -> c.text().contains("小计"));
                outcomes.add(skipped(row, RowStatus.TOTAL, "import.totalRow"));
            } else if (isRepeatedHeader(row, mapping)) {
                outcomes.add(skipped(row, RowStatus.REPEATED_HEADER, "import.repeatedHeader"));
            } else {
                RowValidator.Checked c = validator.check(row);
                RowOutcome o = new RowOutcome(row, c.problems().isEmpty() ? RowStatus.NEW : RowStatus.REJECTED,
                        c.problems(), c.values());
                c.warnings().forEach(o::addWarning);
                outcomes.add(o);
                checked.add(o);
            }
            if (outcomes.size() % REPORT_EVERY == 0) {
                monitor.update(outcomes.size(), rows.size());
                if (monitor.isCancelled()) {
                    throw new ImportCancelledException();
                }
            }
        }
        return new Scan(outcomes, checked);
    }

    private static RowOutcome skipped(RawRow row, RowStatus status, String key) {
        return new RowOutcome(row, status, List.of(new RowProblem(row.rowNumber(), null, Messages.get(key))), null);
    }

    private static boolean isRepeatedHeader(RawRow row, ColumnMapping mapping) {
        long same = mapping.asMap().keySet().stream()
                .filter(c -> !row.cell(c).isBlank() && row.text(c).strip().equals(mapping.headers().get(c).strip()))
                .count();
        return same >= 2;
    }

    /**
     * The refused rows (and whatever else {@code rows} holds) as they were, under the sheet's header, with 错误原因;
     * beside them a sheet of the imported rows' warnings (性别 taken from the 身份证号 …), so the list can be fixed.
     */
    static void writeErrors(ImportPlan plan, List<RowOutcome> rows, List<RowProblem> warnings, java.nio.file.Path out) {
        List<String> header = plan.sheet().rowTexts(plan.headerRow());
        List<ErrorWorkbook.Line> lines = rows.stream()
                .map(o -> new ErrorWorkbook.Line(texts(o.raw(), header.size()),
                        o.problems().stream().map(RowProblem::text).collect(java.util.stream.Collectors.joining("；"))))
                .toList();
        List<ErrorWorkbook.Notice> notices = warnings.stream()
                .map(w -> new ErrorWorkbook.Notice(w.rowNumber(), w.column(), w.reason())).toList();
        ErrorWorkbook.write(out, Messages.get("import.errorSheet"), header, lines, Messages.get("import.noticeSheet"),
                notices);
    }

    private static List<String> texts(RawRow row, int width) {
        List<String> cells = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            cells.add(row.cell(c).text());
        }
        return cells;
    }
}
