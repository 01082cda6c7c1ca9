package cn.warmledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;

/**
 * Names a hostile or careless list may carry (OWASP's CSV injection examples): every CSV the command line
 * writes makes them inert with a leading apostrophe, and the roster .xlsx keeps them as plain text cells.
 */
class CsvFormulaInjectionTest {
    static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"a\")", "=1+1", "@SUM(A1)",
            "=cmd|' /C calc'!A0", "+1", "-1");

    @TempDir
    Path dir;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = new Cli().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private long fill() {
        try (AppContext app = TestApp.open(dir)) {
            long campaign = TestCampaigns.openCampaign(app);
            for (int i = 0; i < NAMES.size(); i++) {
                long id = app.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(i), NAMES.get(i)));
                app.visits().save(TestCampaigns.visit(id, campaign, LocalDate.now(), "500"));
            }
            return campaign;
        }
    }

    @Test
    void recipientsAndVisitsAsCsvWriteFormulaLikeNamesInert() {
        fill();
        for (String[] command : List.of(new String[] {"recipients", "list", "--format", "csv"},
                new String[] {"visits", "list", "--format", "csv"})) {
            List<String> args = new ArrayList<>(List.of("--data-dir", dir.toString()));
            args.addAll(List.of(command));
            String csv = run(args.toArray(String[]::new));
            List<List<String>> rows = parse(csv);
            assertThat(rows).hasSize(NAMES.size() + 1);
            List<String> names = rows.subList(1, rows.size()).stream().map(r -> r.get(command[0].equals("visits") ? 2 : 1))
                    .toList();
            assertThat(names).as(command[0]).containsExactlyInAnyOrderElementsOf(
                    NAMES.stream().map(n -> "'" + n).toList());
            for (List<String> row : rows) {
                for (String cell : row) {
                    assertThat(cell).as("%s: a cell a spreadsheet would evaluate", command[0])
                            .doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                            .doesNotStartWith("\t").doesNotStartWith("\r");
                }
            }
            assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"a\"\")\"").contains("'=1+1");
        }
    }

    @Test
    void theRosterKeepsFormulaLikeNamesAsTextCells() throws Exception {
        long campaign = fill();
        Path out = dir.resolve("roster.xlsx");
        try (AppContext app = TestApp.open(dir)) {
            app.reports().export(ReportRequest.roster(campaign, null, false), out, Progress.none());
        }
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        assertThat(isTotal(cell)).as(cell.getAddress().formatAsString()).isTrue();
                    }
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains("=HYPERLINK(\"http://x\",\"a\")", "=1+1", "@SUM(A1)", "=cmd|' /C calc'!A0", "+1", "-1");
    }

    @Test
    void tabsAndCarriageReturnsInFrontAreMadeInertToo() {
        assertThat(Csv.quote("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(Csv.quote("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        assertThat(Csv.quote("张三")).isEqualTo("张三");
        assertThat(Csv.quote("1+1")).isEqualTo("1+1");
    }

    /** The roster's own formulas: 本页小计 and 合计 sums. */
    private static boolean isTotal(Cell cell) {
        String f = cell.getCellFormula();
        return f.startsWith("SUM(") || f.startsWith("SUBTOTAL(");
    }

    /** RFC 4180, as a spreadsheet reads it. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n') {
                row.add(cell.toString().replaceAll("\r$", ""));
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
