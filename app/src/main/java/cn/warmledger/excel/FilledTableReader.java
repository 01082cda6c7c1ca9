package cn.warmledger.excel;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.StatFields;

/**
 * Reads a statistics table a township filled in by hand (WPS or Excel, .xlsx or .xls) by the positions of
 * the standard template: the template's {@code ${units.…}} row says which column holds which figure and where
 * the unit rows start; they run down to the 合计 row. Every figure must be a number (a count a whole one), the
 * header texts must be the template's (so 元 is not read as 万元), and each 合计 must equal the sum of its
 * column; each problem names its cell. Money stays in 万元 as the table shows it, to four decimals.
 */
public final class FilledTableReader {
    private static final String LIST = "units";
    private static final String NAME_FIELD = "name";
    private static final int WAN_SCALE = 4;
    private static final Pattern LIST_MARKER = Pattern.compile("\\$\\{\\s*" + LIST + "\\.(\\w+)\\s*}");
    private static final Pattern ORG_MARKER = Pattern.compile("\\$\\{\\s*org\\.name\\s*}");

    private FilledTableReader() {
    }

    /** What the template says about positions: the unit row, its columns, fixed header texts and where 本单位 is named. */
    private record Layout(int listRow, int nameColumn, Map<Integer, String> figureColumns,
                          Map<String, String> headerTexts, String orgCell, String orgPrefix) {
    }

    public static FilledTable read(InputStream template, InputStream filled) throws IOException {
        Layout layout = layout(template);
        Workbook wb;
        try {
            wb = WorkbookFactory.create(filled);
        } catch (IOException | RuntimeException e) {
            throw new InvalidValueException(Messages.get("filled.file"), ZipRatioGuard.tripped(e)
                    ? Messages.get("excel.zipRatio.reason") : Messages.get("filled.unreadable"));
        }
        try (wb) {
            Sheet sheet = wb.getSheetAt(wb.getActiveSheetIndex());
            DataFormatter formatter = new DataFormatter(Messages.LOCALE);
            List<FilledTable.Problem> problems = new ArrayList<>();
            checkHeaders(sheet, layout, formatter, problems);
            String unitName = unitName(sheet, layout, formatter);
            List<FilledTable.Row> rows = new ArrayList<>();
            Map<String, BigDecimal> totals = null;
            int totalRow = -1;
            for (int r = layout.listRow(); r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                String label = normalize(text(row, layout.nameColumn(), formatter));
                Map<String, BigDecimal> figures = new LinkedHashMap<>();
                boolean anyFigure = readFigures(row, layout, formatter, figures, problems);
                if (label.equals("合计") || label.equals("总计")) {
                    totals = figures;
                    totalRow = r;
                    break;
                }
                if (label.isEmpty() && !anyFigure) {
                    continue;
                }
                if (label.isEmpty()) {
                    problems.add(new FilledTable.Problem(ref(r, layout.nameColumn()), Messages.get("filled.noName")));
                }
                rows.add(new FilledTable.Row(r + 1, text(row, layout.nameColumn(), formatter).strip(), figures));
            }
            if (totals == null) {
                problems.add(new FilledTable.Problem(ref(layout.listRow(), layout.nameColumn()),
                        Messages.get("filled.noTotal")));
            } else {
                checkTotals(rows, totals, totalRow, layout, problems);
            }
            return new FilledTable(unitName, rows, totals == null ? Map.of() : totals, problems);
        }
    }

    private static Layout layout(InputStream template) throws IOException {
        try (Workbook wb = WorkbookFactory.create(template)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Messages.LOCALE);
            Map<String, String> headers = new LinkedHashMap<>();
            String orgCell = null;
            String orgPrefix = null;
            for (Row row : sheet) {
                Map<Integer, String> figures = new LinkedHashMap<>();
                int nameColumn = -1;
                for (Cell cell : row) {
                    String text = formatter.formatCellValue(cell);
                    Matcher list = LIST_MARKER.matcher(text);
                    if (list.matches()) {
                        if (NAME_FIELD.equals(list.group(1))) {
                            nameColumn = cell.getColumnIndex();
                        } else {
                            figures.put(cell.getColumnIndex(), list.group(1));
                        }
                        continue;
                    }
                    Matcher org = ORG_MARKER.matcher(text);
                    if (org.find() && orgCell == null) {
                        orgCell = ref(row.getRowNum(), cell.getColumnIndex());
                        orgPrefix = text.substring(0, org.start());
                    } else if (!text.isBlank() && !text.contains("${")) {
                        headers.put(ref(row.getRowNum(), cell.getColumnIndex()), text);
                    }
                }
                if (nameColumn >= 0) {
                    return new Layout(row.getRowNum(), nameColumn, figures, headers, orgCell, orgPrefix);
                }
            }
            throw new IllegalStateException("template without ${units.name}");
        }
    }

    private static void checkHeaders(Sheet sheet, Layout layout, DataFormatter formatter,
                                     List<FilledTable.Problem> problems) {
        for (Map.Entry<String, String> h : layout.headerTexts().entrySet()) {
            CellReference at = new CellReference(h.getKey());
            String actual = text(sheet.getRow(at.getRow()), at.getCol(), formatter);
            if (!normalize(actual).equals(normalize(h.getValue()))) {
                problems.add(new FilledTable.Problem(h.getKey(),
                        Messages.get("filled.header", h.getValue(), actual.strip())));
            }
        }
    }

    private static String unitName(Sheet sheet, Layout layout, DataFormatter formatter) {
        if (layout.orgCell() == null) {
            return "";
        }
        CellReference at = new CellReference(layout.orgCell());
        String text = text(sheet.getRow(at.getRow()), at.getCol(), formatter).strip();
        String prefix = layout.orgPrefix().strip();
        return text.startsWith(prefix) ? text.substring(prefix.length()).strip() : text;
    }

    /** Reads a row's figures into {@code figures}; true when any cell holds something. */
    private static boolean readFigures(Row row, Layout layout, DataFormatter formatter, Map<String, BigDecimal> figures,
                                       List<FilledTable.Problem> problems) {
        boolean any = false;
        for (Map.Entry<Integer, String> column : layout.figureColumns().entrySet()) {
            String field = column.getValue();
            Cell cell = row == null ? null : row.getCell(column.getKey());
            String cellRef = ref(row == null ? layout.listRow() : row.getRowNum(), column.getKey());
            BigDecimal value = BigDecimal.ZERO;
            CellType type = cell == null ? CellType.BLANK
                    : cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
                any = true;
            } else if (type != CellType.BLANK) {
                String shown = formatter.formatCellValue(cell).strip();
                if (!shown.isEmpty()) {
                    any = true;
                    problems.add(new FilledTable.Problem(cellRef, looksNumeric(shown)
                            ? Messages.get("filled.numberAsText", shown) : Messages.get("filled.notNumber", shown)));
                }
            }
            if (value.signum() < 0) {
                problems.add(new FilledTable.Problem(cellRef, Messages.get("filled.negative", value.toPlainString())));
            }
            if (StatFields.isMoney(field)) {
                value = value.setScale(WAN_SCALE, RoundingMode.HALF_UP);
            } else if (value.stripTrailingZeros().scale() > 0) {
                problems.add(new FilledTable.Problem(cellRef, Messages.get("filled.notWhole", value.toPlainString())));
            } else {
                value = value.setScale(0, RoundingMode.UNNECESSARY);
            }
            figures.put(field, value);
        }
        return any;
    }

    private static void checkTotals(List<FilledTable.Row> rows, Map<String, BigDecimal> totals, int totalRow,
                                    Layout layout, List<FilledTable.Problem> problems) {
        for (Map.Entry<Integer, String> column : layout.figureColumns().entrySet()) {
            String field = column.getValue();
            BigDecimal sum = rows.stream().map(r -> r.figures().get(field)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal total = totals.get(field);
            if (total.compareTo(sum) != 0) {
                problems.add(new FilledTable.Problem(ref(totalRow, column.getKey()),
                        Messages.get("filled.totalMismatch", total.toPlainString(), sum.toPlainString())));
            }
        }
    }

    private static boolean looksNumeric(String text) {
        return text.replace(",", "").replace("，", "").matches("-?\\d+(\\.\\d+)?");
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        if (row == null) {
            return "";
        }
        Cell cell = row.getCell(column);
        return cell == null ? "" : formatter.formatCellValue(cell);
    }

    /** Headers compare without spaces and with full-width brackets, as people retype them. */
    private static String normalize(String text) {
        return text.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）');
    }

    private static String ref(int row, int column) {
        return new CellReference(row, column).formatAsString(false);
    }
}
