package cn.warmledger.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The markers in one template sheet's cells, checked against the data and against each other when scanned: the one
 * detail row and its list ({@code detailIndex}, {@code list}; null without), the optional page-subtotal row
 * ({@code pageIndex}). A template that breaks a rule is refused with the cell's reference.
 */
record SheetMarkers(Map<Cell, List<Marker>> markers, Integer detailIndex, Integer pageIndex, String list) {

    static SheetMarkers scan(XSSFSheet sheet, ReportData data, boolean withSheet) {
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
        return new SheetMarkers(markers, detail, page, list);
    }
}
