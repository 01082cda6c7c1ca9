package cn.warmledger;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a small .xlsx template as an upper union would: cell reference → text, e.g. "B5", "${foo}". */
public final class TestTemplates {
    private TestTemplates() {
    }

    public static Path template(Path file, String... cells) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet s = wb.createSheet("县总表");
            for (int i = 0; i < cells.length; i += 2) {
                CellReference ref = new CellReference(cells[i]);
                var row = s.getRow(ref.getRow()) == null ? s.createRow(ref.getRow()) : s.getRow(ref.getRow());
                row.createCell(ref.getCol()).setCellValue(cells[i + 1]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }
}
