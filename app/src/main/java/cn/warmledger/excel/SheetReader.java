package cn.warmledger.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.HeaderFooter;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFPrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.domain.CellStyle;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.PageSetup;
import cn.warmledger.domain.SheetGrid;

/**
 * Reads the first sheet of a filled .xlsx back (formulas by their cached values) with each cell's look and the
 * sheet's print setup: the one model the preview shows and the printer prints.
 */
public final class SheetReader {
    private SheetReader() {
    }

    public static SheetGrid read(InputStream xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx)) {
            XSSFSheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Messages.LOCALE);
            int columns = 0;
            for (Row row : sheet) {
                columns = Math.max(columns, row.getLastCellNum());
            }
            Map<Long, CellStyle> looks = new HashMap<>();
            List<List<String>> rows = new ArrayList<>();
            List<List<CellStyle>> styles = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> texts = new ArrayList<>(columns);
                List<CellStyle> rowStyles = new ArrayList<>(columns);
                for (int c = 0; c < columns; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    texts.add(cell == null ? "" : text(cell, formatter));
                    rowStyles.add(cell == null ? CellStyle.PLAIN : look(cell, looks));
                }
                rows.add(texts);
                styles.add(rowStyles);
                boolean hidden = row != null && row.getZeroHeight();
                heights.add(hidden ? 0.0 : (double) (row == null ? sheet.getDefaultRowHeightInPoints()
                        : row.getHeightInPoints()));
            }
            List<Double> widths = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                widths.add(sheet.isColumnHidden(c) ? 0.0 : sheet.getColumnWidth(c) / 256.0);
            }
            List<SheetGrid.Span> merges = new ArrayList<>();
            for (CellRangeAddress m : sheet.getMergedRegions()) {
                merges.add(new SheetGrid.Span(m.getFirstRow(), m.getLastRow(), m.getFirstColumn(), m.getLastColumn()));
            }
            List<Integer> breaks = new ArrayList<>();
            for (int b : sheet.getRowBreaks()) {
                breaks.add(b);
            }
            CellRangeAddress repeat = sheet.getRepeatingRows();
            return new SheetGrid(rows, styles, widths, heights, merges, breaks, repeat == null ? -1 : repeat.getFirstRow(),
                    repeat == null ? -1 : repeat.getLastRow(), setup(sheet));
        }
    }

    private static PageSetup setup(XSSFSheet sheet) {
        XSSFPrintSetup ps = sheet.getPrintSetup();
        double[] paper = switch (ps.getPaperSize()) {
            case 1 -> new double[] {612, 792};
            case 5 -> new double[] {612, 1008};
            case 8 -> new double[] {841.89, 1190.55};
            case 11 -> new double[] {419.53, 595.28};
            default -> new double[] {PageSetup.A4_WIDTH, PageSetup.A4_HEIGHT};
        };
        CellRangeAddress columns = sheet.getRepeatingColumns();
        List<Integer> columnBreaks = new ArrayList<>();
        for (int b : sheet.getColumnBreaks()) {
            columnBreaks.add(b);
        }
        return new PageSetup(paper[0], paper[1], ps.getLandscape(), points(sheet, PageMargin.TOP),
                points(sheet, PageMargin.BOTTOM), points(sheet, PageMargin.LEFT), points(sheet, PageMargin.RIGHT),
                points(sheet, PageMargin.HEADER), points(sheet, PageMargin.FOOTER), ps.getScale(), sheet.getFitToPage(),
                ps.getFitWidth(), ps.getFitHeight(), sheet.getHorizontallyCenter(), band(sheet.getHeader()),
                band(sheet.getFooter()), columns == null ? -1 : columns.getFirstColumn(),
                columns == null ? -1 : columns.getLastColumn(), columnBreaks);
    }

    private static double points(XSSFSheet sheet, PageMargin margin) {
        return sheet.getMargin(margin) * 72;
    }

    private static PageSetup.HeaderFooter band(HeaderFooter hf) {
        return hf == null ? PageSetup.HeaderFooter.NONE
                : new PageSetup.HeaderFooter(orEmpty(hf.getLeft()), orEmpty(hf.getCenter()), orEmpty(hf.getRight()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The cell's look; "general" alignment resolved as a spreadsheet shows it: numbers right, text left. */
    private static CellStyle look(Cell cell, Map<Long, CellStyle> looks) {
        XSSFCellStyle st = (XSSFCellStyle) cell.getCellStyle();
        boolean numeric = cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.NUMERIC;
        return looks.computeIfAbsent(((long) st.getIndex() << 1) | (numeric ? 1 : 0), k -> {
            XSSFFont font = st.getFont();
            CellStyle.Align align = switch (st.getAlignment()) {
                case CENTER, CENTER_SELECTION -> CellStyle.Align.CENTER;
                case RIGHT -> CellStyle.Align.RIGHT;
                case GENERAL -> numeric ? CellStyle.Align.RIGHT : CellStyle.Align.LEFT;
                default -> CellStyle.Align.LEFT;
            };
            CellStyle.VAlign valign = switch (st.getVerticalAlignment()) {
                case TOP -> CellStyle.VAlign.TOP;
                case CENTER, JUSTIFY, DISTRIBUTED -> CellStyle.VAlign.CENTER;
                default -> CellStyle.VAlign.BOTTOM;
            };
            int borders = (st.getBorderTop() != BorderStyle.NONE ? CellStyle.BORDER_TOP : 0)
                    | (st.getBorderRight() != BorderStyle.NONE ? CellStyle.BORDER_RIGHT : 0)
                    | (st.getBorderBottom() != BorderStyle.NONE ? CellStyle.BORDER_BOTTOM : 0)
                    | (st.getBorderLeft() != BorderStyle.NONE ? CellStyle.BORDER_LEFT : 0);
            return new CellStyle(font.getFontName(), font.getFontHeight() / 20.0, font.getBold(), align, valign,
                    st.getWrapText(), borders);
        });
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() != CellType.FORMULA) {
            return formatter.formatCellValue(cell);
        }
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                    cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            default -> "";
        };
    }
}
