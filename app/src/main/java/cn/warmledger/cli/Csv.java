package cn.warmledger.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one writer of every CSV the app writes: rows as CSV (RFC 4180 quoting) or as tab-separated text for a
 * terminal. A CSV cell that a spreadsheet would take for a formula (starting with = + - @, a tab or a carriage
 * return: {@code =HYPERLINK(…)}, {@code @SUM(A1)}, {@code =cmd|…}) is written inert with a leading apostrophe,
 * OWASP's rule against formula injection: Excel and WPS then show it as text.
 */
public final class Csv {
    private Csv() {
    }

    public static void write(PrintStream out, boolean csv, List<String> header, List<List<String>> rows) {
        out.println(line(csv, header));
        for (List<String> row : rows) {
            out.println(line(csv, row));
        }
    }

    private static String line(boolean csv, List<String> cells) {
        if (!csv) {
            return cells.stream().map(c -> c == null ? "" : c).collect(Collectors.joining("\t"));
        }
        return cells.stream().map(Csv::quote).collect(Collectors.joining(","));
    }

    static String quote(String raw) {
        if (raw == null) {
            return "";
        }
        String cell = inert(raw);
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    /** The cell with an apostrophe in front when a spreadsheet would read it as a formula. */
    static String inert(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + cell : cell;
    }

    /** True for --format csv, false for the default table; anything else is a usage error. */
    public static boolean isCsv(Arguments args) {
        String format = args.option("--format").orElse("table");
        if (!format.equals("csv") && !format.equals("table")) {
            throw new UsageException(cn.warmledger.domain.Messages.get("cli.badFormat", format));
        }
        return format.equals("csv");
    }
}
