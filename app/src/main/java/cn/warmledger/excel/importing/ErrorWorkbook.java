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
 * typed into it stays whole.
 */
public final class ErrorWorkbook {
    /** One refused row: its cells as the sheet showed them, and why it was refused. */
    public record Line(List<String> cells, String reason) {
    }

    private ErrorWorkbook() {
    }

    public static void write(Path out, String sheetName, List<String> header, List<Line> lines) {
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

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }
}
