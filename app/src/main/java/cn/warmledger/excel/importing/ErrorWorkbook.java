package cn.warmledger.excel.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/**
 * The rows an import refused, as they were, with a 错误原因 column at the end: the clerk fixes them and
 * imports this file again. Every cell is written as text in a text-formatted column, so a 身份证号
 * typed into it stays whole. A second sheet lists what was imported with a warning (row, column, what), so the
 * source list can be put right too.
 */
public final class ErrorWorkbook {
    /** One refused row: its cells as the sheet showed them, and why it was refused. */
    public record Line(List<String> cells, String reason) {
    }

    /** One warning on an imported row: its row number as Excel shows it, the column (may be null), what. */
    public record Notice(int rowNumber, String column, String text) {
    }

    private ErrorWorkbook() {
    }

    /** The refused rows; {@code notices} (may be empty: no second sheet) on a sheet named {@code noticeSheetName}. */
    public static void write(Path out, String sheetName, List<String> header, List<Line> lines,
                             String noticeSheetName, List<Notice> notices) {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle head = wb.createCellStyle();
            head.cloneStyleFrom(text);
            Font bold = wb.createFont();
            bold.setBold(true);
            head.setFont(bold);
            CellStyle reason = wb.createCellStyle();
            reason.cloneStyleFrom(text);
            Font red = wb.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            reason.setFont(red);
            reason.setWrapText(true);

            Sheet sheet = wb.createSheet(sheetName);
            int reasonColumn = header.size();
            for (int c = 0; c < reasonColumn; c++) {
                sheet.setDefaultColumnStyle(c, text);
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.setColumnWidth(reasonColumn, 60 * 256);
            Row h = sheet.createRow(0);
            for (int c = 0; c < reasonColumn; c++) {
                cell(h, c, header.get(c), head);
            }
            cell(h, reasonColumn, Messages.get("import.errorColumn"), head);
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Line line : lines) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < reasonColumn; c++) {
                    cell(row, c, c < line.cells().size() ? line.cells().get(c) : "", text);
                }
                cell(row, reasonColumn, line.reason(), reason);
            }
            if (!notices.isEmpty()) {
                noticeSheet(wb.createSheet(noticeSheetName), notices, head, text);
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
            wb.dispose();
        } catch (IOException e) {
            InvalidValueException failure = new InvalidValueException(Messages.get("import.errorFile"),
                    Messages.get("import.errorFileFailed", out.getFileName().toString()));
            failure.initCause(e);
            throw failure;
        }
    }

    private static void noticeSheet(Sheet sheet, List<Notice> notices, CellStyle head, CellStyle text) {
        sheet.setColumnWidth(0, 8 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 70 * 256);
        Row h = sheet.createRow(0);
        cell(h, 0, Messages.get("import.col.row"), head);
        cell(h, 1, Messages.get("import.col.header"), head);
        cell(h, 2, Messages.get("import.noticeColumn"), head);
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (Notice n : notices) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(n.rowNumber());
            cell(row, 1, n.column(), text);
            cell(row, 2, n.text(), text);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }
}
