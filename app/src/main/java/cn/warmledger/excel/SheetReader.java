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
import cn.warmledger.domain.HeaderFooterCodes;
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

    /**
     * {@code fileName}: the name the header and footer print for {@code &F} (the export's name, also for a
     * preview filled into a temporary file).
     */
    public static SheetGrid read(InputStream xlsx, String fileName) throws IOException {
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
                    repeat == null ? -1 : repeat.getLastRow(), setup(sheet, fileName));
        }
    }

    /** A paper the sheet may name: Excel's code, its name, its size in points (portrait). */
    private record Paper(int code, String name, double width, double height) {
        static Paper mm(int code, String name, double w, double h) {
            return new Paper(code, name, w * 72 / 25.4, h * 72 / 25.4);
        }
    }

    /** Excel's paper codes (ECMA-376 18.3.1.63) of the papers a Chinese office prints on. */
    private static final List<Paper> PAPERS = List.of(
            new Paper(1, "Letter", 612, 792), new Paper(2, "Letter", 612, 792), new Paper(5, "Legal", 612, 1008),
            new Paper(7, "Executive", 522, 756), Paper.mm(8, "A3", 297, 420), Paper.mm(9, "A4", 210, 297),
            Paper.mm(10, "A4", 210, 297), Paper.mm(11, "A5", 148, 210), Paper.mm(12, "B4", 257, 364),
            Paper.mm(13, "B5", 182, 257), Paper.mm(33, "B4", 250, 353), Paper.mm(34, "B5", 176, 250),
            Paper.mm(70, "A6", 105, 148));

    private static PageSetup setup(XSSFSheet sheet, String fileName) {
        XSSFPrintSetup ps = sheet.getPrintSetup();
        // a file that names no paper prints on A4 here (the schema's default would be Letter; LibreOffice under a
        // Chinese locale also takes A4)
        var ct = sheet.getCTWorksheet();
        int code = ct.isSetPageSetup() && ct.getPageSetup().isSetPaperSize() ? (int) ct.getPageSetup().getPaperSize() : 9;
        Paper paper = PAPERS.stream().filter(p -> p.code() == code).findFirst().orElse(null);
        int unknown = paper == null ? code : 0;
        if (paper == null) {
            paper = PAPERS.stream().filter(p -> p.code() == 9).findFirst().orElseThrow();
        }
        CellRangeAddress columns = sheet.getRepeatingColumns();
        List<Integer> columnBreaks = new ArrayList<>();
        for (int b : sheet.getColumnBreaks()) {
            columnBreaks.add(b);
        }
        String name = fileName == null ? "" : fileName;
        String sheetName = sheet.getSheetName();
        return new PageSetup(paper.width(), paper.height(), ps.getLandscape(), points(sheet, PageMargin.TOP),
                points(sheet, PageMargin.BOTTOM), points(sheet, PageMargin.LEFT), points(sheet, PageMargin.RIGHT),
                points(sheet, PageMargin.HEADER), points(sheet, PageMargin.FOOTER), ps.getScale(), sheet.getFitToPage(),
                ps.getFitWidth(), ps.getFitHeight(), sheet.getHorizontallyCenter(), band(sheet.getHeader(), name, sheetName),
                band(sheet.getFooter(), name, sheetName), columns == null ? -1 : columns.getFirstColumn(),
                columns == null ? -1 : columns.getLastColumn(), columnBreaks, paper.name(), unknown);
    }

    private static double points(XSSFSheet sheet, PageMargin margin) {
        return sheet.getMargin(margin) * 72;
    }

    /** The header or footer with the file's own codes (&F, &A) filled in; &Z (the folder) prints nothing. */
    private static PageSetup.HeaderFooter band(HeaderFooter hf, String file, String sheet) {
        return hf == null ? PageSetup.HeaderFooter.NONE
                : new PageSetup.HeaderFooter(named(hf.getLeft(), file, sheet), named(hf.getCenter(), file, sheet),
                named(hf.getRight(), file, sheet));
    }

    private static String named(String code, String file, String sheet) {
        return code == null ? "" : HeaderFooterCodes.withNames(code, file, sheet, "");
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
