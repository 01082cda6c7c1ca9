package cn.warmledger.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.warmledger.domain.Messages;

/**
 * A plain printable list as .xlsx: a title over the columns, a bold header row, text cells with borders, A4,
 * one page wide, header rows repeated (e.g. the 未上报 list of 汇总). Written to a temporary name first.
 */
public final class ListWorkbook {
    private ListWorkbook() {
    }

    public static void write(Path out, String title, List<String> headers, List<List<String>> rows) {
        try {
            Path dir = out.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".list-", ".tmp");
            try {
                try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(temp)) {
                    XSSFSheet sheet = wb.createSheet(safeSheetName(title));
                    Font bold = wb.createFont();
                    bold.setBold(true);
                    bold.setFontName("宋体");
                    Font plain = wb.createFont();
                    plain.setFontName("宋体");
                    CellStyle titleStyle = wb.createCellStyle();
                    titleStyle.setFont(bold);
                    CellStyle head = bordered(wb.createCellStyle());
                    head.setFont(bold);
                    CellStyle cell = bordered(wb.createCellStyle());
                    cell.setFont(plain);
                    sheet.createRow(0).createCell(0).setCellValue(title);
                    sheet.getRow(0).getCell(0).setCellStyle(titleStyle);
                    if (headers.size() > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
                    }
                    Row h = sheet.createRow(1);
                    for (int c = 0; c < headers.size(); c++) {
                        h.createCell(c).setCellValue(headers.get(c));
                        h.getCell(c).setCellStyle(head);
                    }
                    for (int r = 0; r < rows.size(); r++) {
                        Row row = sheet.createRow(r + 2);
                        List<String> values = rows.get(r);
                        for (int c = 0; c < headers.size(); c++) {
                            row.createCell(c).setCellValue(c < values.size() && values.get(c) != null ? values.get(c) : "");
                            row.getCell(c).setCellStyle(cell);
                        }
                    }
                    for (int c = 0; c < headers.size(); c++) {
                        sheet.setColumnWidth(c, 20 * 256);
                    }
                    sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
                    sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
                    sheet.getPrintSetup().setFitWidth((short) 1);
                    sheet.getPrintSetup().setFitHeight((short) 0);
                    sheet.setFitToPage(true);
                    wb.write(os);
                }
                Files.move(temp, out, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(Messages.get("report.writeFailed", out.getFileName()), e);
        }
    }

    private static CellStyle bordered(CellStyle s) {
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static String safeSheetName(String title) {
        String clean = title.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return clean.length() > 31 ? clean.substring(0, 31) : clean.isEmpty() ? "Sheet1" : clean;
    }
}
