package cn.warmledger.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The benchmark's bare-POI baseline and its input files: plain SXSSF writing of cells (no template, no
 * styles) and a plain usermodel read of a sheet's cells as text. Only the benchmark uses it.
 */
public final class BareWorkbooks {
    private BareWorkbooks() {
    }

    /** One sheet: the header row, then one row per array (numbers as numbers, the rest as text). */
    public static void write(Path out, List<String> headers, List<Object[]> rows) {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        try (OutputStream os = Files.newOutputStream(out)) {
            Sheet sheet = wb.createSheet("Sheet1");
            Row head = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                head.createCell(i).setCellValue(headers.get(i));
            }
            int r = 1;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (v instanceof BigDecimal d) {
                        cell.setCellValue(d.doubleValue());
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(os);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }

    /** The first sheet's cells as displayed text, header row included. */
    public static List<String[]> read(Path in) {
        DataFormatter format = new DataFormatter();
        try (InputStream is = Files.newInputStream(in); Workbook wb = WorkbookFactory.create(is)) {
            Sheet sheet = wb.getSheetAt(0);
            List<String[]> rows = new ArrayList<>();
            for (Row row : sheet) {
                String[] cells = new String[Math.max(0, row.getLastCellNum())];
                for (int i = 0; i < cells.length; i++) {
                    Cell c = row.getCell(i);
                    cells[i] = c == null ? "" : format.formatCellValue(c);
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
