package cn.warmledger.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTPageBreak;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;

/**
 * The one template engine of every output (ADR 4-1): fills an .xlsx template's {@code ${...}} markers from a
 * {@link ReportData}, repeats the row holding list fields once per element, writes {@code sum(...)} as SUM
 * (or SUBTOTAL where pages have subtotals) formulas with their cached values, and, where the template has a
 * {@code pagesum(...)} row, writes it after every {@code rowsPerPage} rows followed by a manual page break.
 * Rows are streamed (SXSSF), so a 10,000-line roster stays small in memory. Styles, row heights, merged
 * cells, print setup and repeated header rows come from the template.
 */
public final class TemplateFiller {
    private static final int PROGRESS_EVERY = 250;

    private TemplateFiller() {
    }

    /** Checks a template against the fields the data offers; throws naming the first bad cell. */
    public static void check(InputStream template, ReportData data) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(template)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                SheetPlan.scan(wb, wb.getSheetAt(i), data);
            }
        }
    }

    public static void fill(InputStream template, ReportData data, OutputStream out, Progress listener) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(template)) {
            List<SheetPlan> plans = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                plans.add(SheetPlan.scan(wb, wb.getSheetAt(i), data));
            }
            for (SheetPlan plan : plans) {
                plan.capture();
                plan.fillFixedRows();
                plan.detach();
            }
            SXSSFWorkbook streaming = new SXSSFWorkbook(wb, 200);
            try {
                for (SheetPlan plan : plans) {
                    if (plan.hasDetail()) {
                        writeDetail(plan, streaming.getSheet(plan.sheet().getSheetName()), listener);
                    }
                }
                streaming.write(out);
            } finally {
                streaming.dispose();
            }
        }
    }

    private static void writeDetail(SheetPlan plan, Sheet sheet, Progress listener) {
        List<Map<String, Object>> rows = plan.rows();
        // lean lines (a roster) are read by field index; any other list by its maps
        LineRows lean = rows instanceof LineRows l ? l : null;
        int index = plan.detailIndex();
        int chunkStart = index;
        int perPage = plan.rowsPerPage();
        Map<Integer, BigDecimal> pageTotals = new java.util.HashMap<>();
        // resolved once, not per line: which detail cells are exactly one list field (written typed, straight from
        // the line), and which list field each page-subtotal column adds up
        CapturedRow detail = plan.detailRow();
        List<CapturedRow.CapturedCell> cells = detail.cells();
        String[] direct = new String[cells.size()];
        int[] directIndex = new int[cells.size()];
        boolean allDirect = true;
        for (int c = 0; c < direct.length; c++) {
            CapturedRow.CapturedCell cell = cells.get(c);
            List<Marker> markers = cell.markers();
            if (markers.size() == 1 && markers.get(0).kind() == Marker.Kind.LIST_FIELD
                    && cell.text().strip().equals(markers.get(0).text())) {
                direct[c] = markers.get(0).field();
                directIndex[c] = lean == null ? -1 : lean.indexOf(direct[c]);
            } else if (!markers.isEmpty()) {
                allDirect = false;
            }
        }
        List<Map.Entry<Integer, String>> pageSums = new java.util.ArrayList<>();
        for (CapturedRow.CapturedCell c : plan.pageRowCells()) {
            c.markers().stream().filter(m -> m.kind() == Marker.Kind.PAGE_SUM).findFirst()
                    .ifPresent(m -> pageSums.add(Map.entry(c.column(), m.field())));
        }
        int[] pageSumIndex = pageSums.stream().mapToInt(e -> lean == null ? -1 : lean.indexOf(e.getValue())).toArray();
        int size = rows.size();
        List<Integer> breaks = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (i % PROGRESS_EVERY == 0) {
                if (listener.isCancelled()) {
                    throw new CancellationException();
                }
                listener.update(i, size);
            }
            // a map view of a lean line only where a cell mixes text and markers
            Map<String, Object> item = lean == null || !allDirect ? rows.get(i) : null;
            Row row = detail.create(sheet, index);
            for (int c = 0; c < direct.length; c++) {
                Cell cell = cells.get(c).create(row);
                if (direct[c] != null) {
                    setTyped(cell, directIndex[c] >= 0 ? lean.value(i, directIndex[c]) : field(item, direct[c]));
                } else if (!cells.get(c).markers().isEmpty()) {
                    Map<String, Object> line = item;
                    plan.write(cell, cells.get(c),
                            m -> m.kind() == Marker.Kind.LIST_FIELD ? line.get(m.field()) : plan.value(m));
                }
            }
            plan.copyMerges(sheet, detail.index(), index);
            for (int s = 0; s < pageSumIndex.length; s++) {
                Map.Entry<Integer, String> sum = pageSums.get(s);
                Object v = pageSumIndex[s] >= 0 ? lean.value(i, pageSumIndex[s]) : field(item, sum.getValue());
                pageTotals.merge(sum.getKey(), decimal(v), BigDecimal::add);
            }
            index++;
            boolean pageFull = perPage > 0 && ((i + 1) % perPage == 0 || i == size - 1);
            if (plan.hasPageRow() && pageFull) {
                writePageRow(plan, sheet, index, chunkStart, pageTotals);
                pageTotals.clear();
                if (i < size - 1) {
                    breaks.add(index);
                }
                index++;
                chunkStart = index;
            }
        }
        listener.update(size, size);
        addRowBreaks(plan.sheet(), breaks);
        for (CapturedRow tail : plan.tailRows()) {
            int target = plan.shifted(tail.index());
            Row row = tail.create(sheet, target);
            for (CapturedRow.CapturedCell c : tail.cells()) {
                plan.write(c.create(row), c, plan::value);
            }
            plan.copyMerges(sheet, tail.index(), target);
        }
    }

    /**
     * The pages' manual breaks, set in one go: {@code Sheet.setRowBreak} first reads every break already set, which
     * made 667 breaks of a 10,000-line roster cost as much as its query. Same XML as setRowBreak writes.
     */
    static void addRowBreaks(XSSFSheet sheet, List<Integer> rows) {
        if (rows.isEmpty()) {
            return;
        }
        CTWorksheet ws = sheet.getCTWorksheet();
        CTPageBreak page = ws.isSetRowBreaks() ? ws.getRowBreaks() : ws.addNewRowBreaks();
        java.util.Set<Long> existing = new java.util.HashSet<>();
        List<CTBreak> all = new ArrayList<>();
        for (CTBreak b : page.getBrkArray()) {
            existing.add(b.getId());
            all.add((CTBreak) b.copy());
        }
        int lastColumn = SpreadsheetVersion.EXCEL2007.getLastColumnIndex();
        for (int row : rows) {
            // the id is 1-based, like the row elements' r attribute
            if (existing.add((long) row + 1)) {
                CTBreak b = CTBreak.Factory.newInstance();
                b.setId(row + 1);
                b.setMan(true);
                b.setMax(lastColumn);
                all.add(b);
            }
        }
        page.setBrkArray(all.toArray(new CTBreak[0]));
        page.setCount(all.size());
        page.setManualBreakCount(all.size());
    }

    /** A field a lean list does not offer reads as nothing, like a missing map key. */
    private static Object field(Map<String, Object> item, String field) {
        return item != null ? item.get(field) : null;
    }

    private static void writePageRow(SheetPlan plan, Sheet sheet, int index, int chunkStart,
                                     Map<Integer, BigDecimal> totals) {
        CapturedRow page = plan.pageRow();
        Row row = page.create(sheet, index);
        for (CapturedRow.CapturedCell c : page.cells()) {
            Cell cell = c.create(row);
            Marker sum = c.markers().stream().filter(m -> m.kind() == Marker.Kind.PAGE_SUM).findFirst().orElse(null);
            if (sum != null) {
                String column = CellReference.convertNumToColString(plan.detailRow().columnOf(sum.field(), c.column()));
                cell.setCellFormula("SUBTOTAL(9," + column + (chunkStart + 1) + ":" + column + index + ")");
                cell.setCellValue(totals.getOrDefault(c.column(), BigDecimal.ZERO).doubleValue());
            } else {
                plan.write(cell, c, plan::value);
            }
        }
        plan.copyMerges(sheet, page.index(), index);
    }

    static BigDecimal decimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        return BigDecimal.ZERO;
    }

    /** Writes a typed value: numbers as numeric cells, everything else as text. */
    static void setTyped(Cell cell, Object value) {
        if (value == null) {
            if (cell.getCellType() != CellType.BLANK) {
                cell.setBlank();
            }
        } else if (value instanceof Number n) {
            cell.setCellValue(decimal(n).doubleValue());
        } else {
            cell.setCellValue(SheetPlan.text(value));
        }
    }

    static String ref(Sheet sheet, int row, int column, boolean withSheet) {
        String cell = new CellReference(row, column).formatAsString(false);
        return withSheet ? sheet.getSheetName() + "!" + cell : cell;
    }

    static InvalidValueException refused(String cellRef, String key, Object... args) {
        return new InvalidValueException(cellRef, Messages.get(key, args));
    }

    static boolean isFormula(Cell cell) {
        return cell.getCellType() == CellType.FORMULA;
    }

    static void removeMerges(XSSFSheet sheet, List<CellRangeAddress> ranges) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
            if (ranges.contains(sheet.getMergedRegion(i))) {
                indexes.add(i);
            }
        }
        sheet.removeMergedRegions(indexes);
    }
}
