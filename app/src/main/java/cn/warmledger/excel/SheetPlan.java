package cn.warmledger.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of a template: its markers (checked against the data when scanned: {@link SheetMarkers},
 * {@link PageBandMarkers}), the detail row repeated per list element, the optional page-subtotal row, and the rows
 * below them that move down as the list grows.
 */
final class SheetPlan {
    private final XSSFSheet sheet;
    private final ReportData data;
    private final Map<Cell, List<Marker>> markers;
    private final Integer detailIndex;
    private final Integer pageIndex;
    private final String list;
    private final Map<String, BigDecimal> totals = new HashMap<>();
    private CapturedRow detailRow;
    private CapturedRow pageRow;
    private final List<CapturedRow> tailRows = new ArrayList<>();
    private final List<CellRangeAddress> tailMerges = new ArrayList<>();
    private final PageBandMarkers pageBands;

    private SheetPlan(XSSFSheet sheet, ReportData data, Map<Cell, List<Marker>> markers, Integer detailIndex,
                      Integer pageIndex, String list, PageBandMarkers pageBands) {
        this.sheet = sheet;
        this.pageBands = pageBands;
        this.data = data;
        this.markers = markers;
        this.detailIndex = detailIndex;
        this.pageIndex = pageIndex;
        this.list = list;
    }

    static SheetPlan scan(XSSFWorkbook wb, XSSFSheet sheet, ReportData data) {
        boolean withSheet = wb.getNumberOfSheets() > 1;
        SheetMarkers found = SheetMarkers.scan(sheet, data, withSheet);
        return new SheetPlan(sheet, data, found.markers(), found.detailIndex(), found.pageIndex(), found.list(),
                PageBandMarkers.scan(sheet, data, withSheet));
    }

    XSSFSheet sheet() {
        return sheet;
    }

    boolean hasDetail() {
        return detailIndex != null;
    }

    boolean hasPageRow() {
        return pageIndex != null;
    }

    int detailIndex() {
        return detailIndex;
    }

    CapturedRow detailRow() {
        return detailRow;
    }

    CapturedRow pageRow() {
        return pageRow;
    }

    List<CapturedRow.CapturedCell> pageRowCells() {
        return pageRow == null ? List.of() : pageRow.cells();
    }

    List<CapturedRow> tailRows() {
        return tailRows;
    }

    List<Map<String, Object>> rows() {
        return list == null ? List.of() : data.rows(list);
    }

    int rowsPerPage() {
        return data.rowsPerPage();
    }

    /** Rows the detail block takes once filled: one per element plus one 小计 per page. */
    private int blockSize() {
        int n = rows().size();
        int per = rowsPerPage();
        return n + (hasPageRow() && per > 0 ? (n + per - 1) / per : 0);
    }

    int shifted(int templateRow) {
        return templateRow + blockSize() - 1 - (hasPageRow() && templateRow > pageIndex ? 1 : 0);
    }

    /** Fills every marker of the rows that do not move (all rows of a sheet without a list) and of the page headers. */
    void fillFixedRows() {
        pageBands.fill(this::value);
        for (Map.Entry<Cell, List<Marker>> e : markers.entrySet()) {
            Cell cell = e.getKey();
            if (detailIndex == null || cell.getRowIndex() < detailIndex) {
                String text = cell.getStringCellValue();
                // an inline string (SXSSF, some exporters) keeps showing its old text after setCellValue: start blank
                cell.setBlank();
                write(cell, new CapturedRow.CapturedCell(cell.getColumnIndex(), cell.getCellStyle(), CellType.STRING,
                        text, 0, false, null, e.getValue()), this::value);
            }
        }
    }

    /** Copies the detail row and everything below it, to be streamed back in order after {@link #detach()}. */
    void capture() {
        if (detailIndex == null) {
            return;
        }
        Function<Cell, List<Marker>> markersOf = c -> markers.getOrDefault(c, List.of());
        for (Row row : sheet) {
            if (row.getRowNum() >= detailIndex) {
                CapturedRow captured = CapturedRow.capture(row, markersOf);
                if (row.getRowNum() == detailIndex) {
                    detailRow = captured;
                } else if (pageIndex != null && row.getRowNum() == pageIndex) {
                    pageRow = captured;
                } else {
                    tailRows.add(captured);
                }
            }
        }
        if (detailRow == null) {
            detailRow = new CapturedRow(detailIndex, sheet.getDefaultRowHeight(), false, List.of());
        }
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            if (range.getFirstRow() >= detailIndex) {
                tailMerges.add(range);
            }
        }
    }

    /** Takes the captured rows out of the sheet. */
    void detach() {
        if (detailIndex == null) {
            return;
        }
        TemplateFiller.removeMerges(sheet, tailMerges);
        for (int r : sheet.getRowBreaks()) {
            if (r >= detailIndex) {
                sheet.removeRowBreak(r);
            }
        }
        List<Row> moving = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= detailIndex) {
                moving.add(row);
            }
        }
        for (Row row : moving) {
            sheet.removeRow(row);
        }
    }

    void copyMerges(Sheet target, int templateRow, int newRow) {
        for (CellRangeAddress range : tailMerges) {
            if (range.getFirstRow() == templateRow) {
                target.addMergedRegionUnsafe(new CellRangeAddress(newRow, newRow + range.getLastRow() - range.getFirstRow(),
                        range.getFirstColumn(), range.getLastColumn()));
            }
        }
    }

    Object value(Marker m) {
        return m.kind() == Marker.Kind.VALUE ? data.values().get(m.field()) : null;
    }

    void write(Cell cell, CapturedRow.CapturedCell template, Function<Marker, Object> resolver) {
        List<Marker> found = template.markers();
        if (found.isEmpty()) {
            return;
        }
        Marker first = found.get(0);
        if (first.kind() == Marker.Kind.SUM) {
            writeSum(cell, first);
        } else if (found.size() == 1 && template.text().strip().equals(first.text())) {
            TemplateFiller.setTyped(cell, resolver.apply(first));
        } else {
            cell.setCellValue(Marker.substitute(template.text(), found, mk -> text(resolver.apply(mk))));
        }
    }

    private void writeSum(Cell cell, Marker sum) {
        BigDecimal total = totals.computeIfAbsent(sum.field(), f -> sumOf(data.rows(sum.list()), f));
        int column = detailRow == null ? -1 : detailRow.columnOf(sum.field(), -1);
        if (detailIndex == null || column < 0 || blockSize() == 0) {
            cell.setCellValue(total.doubleValue());
            return;
        }
        String col = CellReference.convertNumToColString(column);
        String range = col + (detailIndex + 1) + ":" + col + (detailIndex + blockSize());
        cell.setCellFormula(hasPageRow() ? "SUBTOTAL(9," + range + ")" : "SUM(" + range + ")");
        cell.setCellValue(total.doubleValue());
    }

    private static BigDecimal sumOf(List<Map<String, Object>> rows, String field) {
        BigDecimal total = BigDecimal.ZERO;
        if (rows instanceof LineRows lean) {
            int f = lean.indexOf(field);
            for (int i = 0; f >= 0 && i < lean.size(); i++) {
                total = total.add(TemplateFiller.decimal(lean.value(i, f)));
            }
            return total;
        }
        for (Map<String, Object> r : rows) {
            total = total.add(TemplateFiller.decimal(r.get(field)));
        }
        return total;
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof LocalDate d) {
            return d.toString();
        }
        return value.toString();
    }
}
