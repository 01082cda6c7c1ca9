package cn.warmledger.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The benchmark's bare baseline of the 花名册 (roster_xlsx_ms): the sheet the built-in template gives, written by
 * plain SXSSF calls instead of filled from a template — the same rows (title, 填报 line, column titles, one row of
 * ten cells per line, a 本页小计 row with its merge, SUBTOTAL formula and cached value plus a page break after every
 * {@code perPage} lines, 合计, 大写 and signature rows), the same cell types, styles (font, borders, alignment,
 * number format), row heights, column widths and print setup. Only the benchmark uses it.
 */
public final class BareRoster {
    private static final int COLUMNS = 10;
    private static final int[] WIDTHS = {6, 9, 5, 21, 20, 14, 12, 12, 16, 10};
    private static final int CASH = 6;

    /** What the sheet shows besides the lines: title, 填报 line (4 parts), column titles, totals' texts. */
    public record Texts(String title, List<String> info, List<String> headers, String pageTotal, String total,
                        String inWords, List<String> signatures) {
    }

    private BareRoster() {
    }

    /** {@code lines}: per line the ten cells' values (序号 and 慰问金 as numbers, the rest as text or null). */
    public static void write(Path out, Texts texts, List<Object[]> lines, int perPage) {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet("慰问金发放花名册");
            Styles s = new Styles(wb);
            for (int c = 0; c < COLUMNS; c++) {
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            Row title = row(sheet, 0, 36);
            fill(title, s.title, texts.title());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS - 1));
            Row info = row(sheet, 1, 22);
            int[] infoAt = {0, 4, 6, 8};
            fill(info, s.info, null);
            for (int i = 0; i < infoAt.length; i++) {
                info.getCell(infoAt[i]).setCellValue(texts.info().get(i));
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 4, 5));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 6, 7));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 8, 9));
            Row head = row(sheet, 2, 30);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = head.createCell(c);
                cell.setCellStyle(s.head);
                cell.setCellValue(texts.headers().get(c));
            }
            int r = 3;
            int pageStart = r;
            // set in one go as the filler does (Sheet.setRowBreak rescans every break set before: quadratic)
            List<Integer> breaks = new ArrayList<>();
            BigDecimal pageSum = BigDecimal.ZERO;
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < lines.size(); i++) {
                Object[] v = lines.get(i);
                Row row = row(sheet, r++, 42);
                for (int c = 0; c < COLUMNS; c++) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(c == 0 ? s.seq : c == CASH ? s.money : s.text);
                    Object value = v[c];
                    if (value instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else if (value instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                }
                BigDecimal cash = (BigDecimal) v[CASH];
                pageSum = pageSum.add(cash);
                total = total.add(cash);
                if ((i + 1) % perPage == 0 || i == lines.size() - 1) {
                    sumRow(sheet, s, r, texts.pageTotal(), pageStart, r - 1, pageSum);
                    if (i < lines.size() - 1) {
                        breaks.add(r);
                    }
                    r++;
                    pageStart = r;
                    pageSum = BigDecimal.ZERO;
                }
            }
            TemplateFiller.addRowBreaks(wb.getXSSFWorkbook().getSheetAt(0), breaks);
            sumRow(sheet, s, r, texts.total(), 3, r - 1, total);
            r++;
            Row words = row(sheet, r, 24);
            fill(words, s.text, null);
            words.getCell(0).setCellValue(texts.inWords());
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, COLUMNS - 1));
            r += 2;
            Row sign = row(sheet, r, 24);
            fill(sign, s.info, null);
            int[] signAt = {0, 3, 5, 8};
            for (int i = 0; i < signAt.length; i++) {
                sign.getCell(signAt[i]).setCellValue(texts.signatures().get(i));
            }
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 2));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 3, 4));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 5, 7));
            sheet.addMergedRegion(new CellRangeAddress(r, r, 8, 9));
            sheet.setRepeatingRows(CellRangeAddress.valueOf("3:3"));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            sheet.setHorizontallyCenter(true);
            sheet.getFooter().setCenter("第 &P 页 共 &N 页");
            wb.write(os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** 本页小计 or 合计: the label over A:F, the SUBTOTAL of 慰问金 with its cached value. */
    private static void sumRow(Sheet sheet, Styles s, int r, String label, int from, int to, BigDecimal sum) {
        Row row = row(sheet, r, 24);
        fill(row, s.bold, null);
        row.getCell(0).setCellValue(label);
        Cell cash = row.getCell(CASH);
        cash.setCellStyle(s.money);
        cash.setCellFormula("SUBTOTAL(9,G" + (from + 1) + ":G" + (to + 1) + ")");
        cash.setCellValue(sum.doubleValue());
        sheet.addMergedRegionUnsafe(new CellRangeAddress(r, r, 0, 5));
    }

    private static Row row(Sheet sheet, int r, int points) {
        Row row = sheet.createRow(r);
        row.setHeightInPoints(points);
        return row;
    }

    /** Every column's cell in the style, the first one with the text. */
    private static void fill(Row row, CellStyle style, String text) {
        for (int c = 0; c < COLUMNS; c++) {
            row.createCell(c).setCellStyle(style);
        }
        if (text != null) {
            row.getCell(0).setCellValue(text);
        }
    }

    /** The template's cell styles, made by code. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle info;
        final CellStyle head;
        final CellStyle text;
        final CellStyle seq;
        final CellStyle money;
        final CellStyle bold;

        Styles(SXSSFWorkbook wb) {
            title = style(wb, font(wb, 18, true), HorizontalAlignment.CENTER, false, 0);
            info = style(wb, font(wb, 11, false), HorizontalAlignment.LEFT, false, 0);
            head = style(wb, font(wb, 10, true), HorizontalAlignment.CENTER, true, 0);
            Font plain = font(wb, 10, false);
            text = style(wb, plain, HorizontalAlignment.LEFT, true, 0);
            seq = style(wb, plain, HorizontalAlignment.RIGHT, true, 1);
            money = style(wb, plain, HorizontalAlignment.RIGHT, true, 2);
            bold = style(wb, font(wb, 10, true), HorizontalAlignment.CENTER, true, 0);
        }

        private static Font font(SXSSFWorkbook wb, int points, boolean bold) {
            Font f = wb.createFont();
            f.setFontName("宋体");
            f.setFontHeightInPoints((short) points);
            f.setBold(bold);
            return f;
        }

        private static CellStyle style(SXSSFWorkbook wb, Font font, HorizontalAlignment align, boolean border,
                                       int format) {
            CellStyle s = wb.createCellStyle();
            s.setFont(font);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setWrapText(true);
            s.setDataFormat((short) format);
            if (border) {
                s.setBorderTop(BorderStyle.THIN);
                s.setBorderBottom(BorderStyle.THIN);
                s.setBorderLeft(BorderStyle.THIN);
                s.setBorderRight(BorderStyle.THIN);
            }
            return s;
        }
    }
}
