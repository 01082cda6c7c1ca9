package cn.warmledger.excel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet of a template: its markers (checked against the data when scanned), the detail row repeated per
 * list element, the optional page-subtotal row, and the rows below them that move down as the list grows.
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
    private final List<PagePart> pageParts;

    /** One third (left, centre, right) of a printed page header or footer that holds markers. */
    private record PagePart(HeaderFooter place, int side, String text, List<Marker> markers) {
        void fill(Function<Marker, Object> resolver) {
            StringBuilder out = new StringBuilder();
            Matcher m = Marker.matcher(text);
            int i = 0;
            int last = 0;
            while (m.find()) {
                // a lone & starts a page-setup code (&P, &N): a value's own & is doubled
                out.append(text, last, m.start()).append(SheetPlan.text(resolver.apply(markers.get(i++))).replace("&", "&&"));
                last = m.end();
            }
            out.append(text.substring(last));
            switch (side) {
                case 0 -> place.setLeft(out.toString());
                case 1 -> place.setCenter(out.toString());
                default -> place.setRight(out.toString());
            }
        }
    }

    private SheetPlan(XSSFSheet sheet, ReportData data, Map<Cell, List<Marker>> markers, Integer detailIndex,
                      Integer pageIndex, String list, List<PagePart> pageParts) {
        this.sheet = sheet;
        this.pageParts = pageParts;
        this.data = data;
        this.markers = markers;
        this.detailIndex = detailIndex;
        this.pageIndex = pageIndex;
        this.list = list;
    }

    static SheetPlan scan(XSSFWorkbook wb, XSSFSheet sheet, ReportData data) {
        boolean withSheet = wb.getNumberOfSheets() > 1;
        Map<Cell, List<Marker>> markers = new HashMap<>();
        Integer detail = null;
        Integer page = null;
        String list = null;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.STRING) {
                    continue;
                }
                String ref = TemplateFiller.ref(sheet, row.getRowNum(), cell.getColumnIndex(), withSheet);
                String text = cell.getStringCellValue();
                List<Marker> found = Marker.parse(text, ref, data);
                if (found.isEmpty()) {
                    continue;
                }
                for (Marker m : found) {
                    if (m.kind() == Marker.Kind.SUM || m.kind() == Marker.Kind.PAGE_SUM) {
                        if (found.size() > 1 || !text.strip().equals(m.text())) {
                            throw TemplateFiller.refused(ref, "template.sumAlone", m.text());
                        }
                    }
                    if (m.kind() == Marker.Kind.LIST_FIELD) {
                        if (detail != null && detail != row.getRowNum()) {
                            throw TemplateFiller.refused(ref, "template.twoDetailRows", detail + 1);
                        }
                        if (list != null && !list.equals(m.list())) {
                            throw TemplateFiller.refused(ref, "template.twoLists", list, m.list());
                        }
                        detail = row.getRowNum();
                        list = m.list();
                    }
                    if (m.kind() == Marker.Kind.PAGE_SUM) {
                        page = row.getRowNum();
                    }
                }
                markers.put(cell, found);
            }
        }
        for (Map.Entry<Cell, List<Marker>> e : markers.entrySet()) {
            for (Marker m : e.getValue()) {
                boolean sum = m.kind() == Marker.Kind.SUM || m.kind() == Marker.Kind.PAGE_SUM;
                String ref = TemplateFiller.ref(sheet, e.getKey().getRowIndex(), e.getKey().getColumnIndex(), withSheet);
                if (m.kind() == Marker.Kind.PAGE_SUM && (detail == null || e.getKey().getRowIndex() <= detail)) {
                    throw TemplateFiller.refused(ref, "template.pageSumPlace");
                }
                if (sum && list != null && !list.equals(m.list())) {
                    throw TemplateFiller.refused(ref, "template.twoLists", list, m.list());
                }
                if (m.kind() == Marker.Kind.LIST_FIELD && detail != null && page != null
                        && e.getKey().getRowIndex() == page) {
                    throw TemplateFiller.refused(ref, "template.pageSumPlace");
                }
            }
        }
        return new SheetPlan(sheet, data, markers, detail, page, list, pageParts(sheet, data, withSheet));
    }

    /**
     * The printed page headers and footers (页眉, 页脚) may name single values ({@code ${org.name}}) among their
     * text; a list field there is refused, since a header has no row to repeat.
     */
    private static List<PagePart> pageParts(XSSFSheet sheet, ReportData data, boolean withSheet) {
        List<PagePart> parts = new ArrayList<>();
        // POI's getEven*/getFirst* switch the sheet to different even/first pages (whose bands are then empty, so
        // page 1 and every even page would print without 第 N 页): ask for them only where the template has them
        var bands = sheet.getCTWorksheet().isSetHeaderFooter() ? sheet.getCTWorksheet().getHeaderFooter() : null;
        boolean evenPages = bands != null && bands.getDifferentOddEven();
        boolean firstPage = bands != null && bands.getDifferentFirst();
        List<HeaderFooter> headers = new ArrayList<>(List.of(sheet.getOddHeader()));
        List<HeaderFooter> footers = new ArrayList<>(List.of(sheet.getOddFooter()));
        if (evenPages) {
            headers.add(sheet.getEvenHeader());
            footers.add(sheet.getEvenFooter());
        }
        if (firstPage) {
            headers.add(sheet.getFirstHeader());
            footers.add(sheet.getFirstFooter());
        }
        for (List<HeaderFooter> places : List.of(headers, footers)) {
            String where = cn.warmledger.domain.Messages.get(places == headers ? "template.pageHeader" : "template.pageFooter");
            String ref = withSheet ? sheet.getSheetName() + "!" + where : where;
            for (HeaderFooter place : places) {
                String[] sides = {place.getLeft(), place.getCenter(), place.getRight()};
                for (int side = 0; side < 3; side++) {
                    List<Marker> found = Marker.parse(sides[side], ref, data);
                    for (Marker m : found) {
                        if (m.kind() != Marker.Kind.VALUE) {
                            throw TemplateFiller.refused(ref, "template.pageHeaderValuesOnly", m.text());
                        }
                    }
                    if (!found.isEmpty()) {
                        parts.add(new PagePart(place, side, sides[side], found));
                    }
                }
            }
        }
        return parts;
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
        pageParts.forEach(p -> p.fill(this::value));
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
            StringBuilder out = new StringBuilder();
            Matcher m = Marker.matcher(template.text());
            int i = 0;
            int last = 0;
            while (m.find()) {
                out.append(template.text(), last, m.start()).append(text(resolver.apply(found.get(i++))));
                last = m.end();
            }
            out.append(template.text().substring(last));
            cell.setCellValue(out.toString());
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
