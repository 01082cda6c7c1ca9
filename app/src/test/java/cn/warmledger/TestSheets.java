package cn.warmledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reading an exported statistics table back with POI and holding a manifest's figures against its cells. */
public final class TestSheets {
    private TestSheets() {
    }

    public static XSSFWorkbook read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /**
     * Each manifest row against the sheet row of the same 单位: every figure equal to its cell (the built-in
     * layouts put the fields in order from column B). Returns how many figures were compared.
     */
    public static int compareWithCells(XSSFSheet sheet, List<?> units, List<String> fields) {
        int compared = 0;
        for (Object o : units) {
            Map<?, ?> unit = (Map<?, ?>) o;
            Row row = rowOf(sheet, unit.get("name").toString());
            for (int i = 0; i < fields.size(); i++) {
                double cell = row.getCell(i + 1).getNumericCellValue();
                double figure = new BigDecimal(unit.get(fields.get(i)).toString()).doubleValue();
                assertThat(cell).as(unit.get("name") + " " + fields.get(i)).isCloseTo(figure, within(1e-9));
                compared++;
            }
        }
        return compared;
    }

    /** The row whose first cell reads {@code name}. */
    public static Row rowOf(XSSFSheet sheet, String name) {
        for (Row r : sheet) {
            if (r.getCell(0) != null && name.equals(r.getCell(0).toString())) {
                return r;
            }
        }
        throw new AssertionError("no row for " + name);
    }
}
