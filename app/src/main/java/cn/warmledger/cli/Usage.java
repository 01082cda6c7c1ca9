package cn.warmledger.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.Messages;

/**
 * {@code --help}: the shared lines of {@code cli.usage}, then each feature's {@code cli.usage.<feature>} in the order
 * a clerk meets them (features not named here follow, sorted). A line of a bundle value is {@code command<TAB>what it
 * does} or a note without a tab; all are laid out alike here — the command indented two spaces, the description in one
 * column (on the next line when the command is longer), notes in that column — so no feature has to pad its own text
 * (a properties value loses its leading spaces, which is how the lines once lost their indent).
 */
final class Usage {
    /** The description column, counted in terminal cells (a Chinese character takes two). */
    static final int COLUMN = 34;
    private static final List<String> ORDER = List.of("server", "campaigns", "visits", "importVisits", "print",
            "protect", "move", "units", "consolidation", "bench");

    private Usage() {
    }

    static void print(PrintStream out) {
        String[] shared = Messages.get("cli.usage").split("\n");
        out.println(shared[0]);
        List<String> lines = new ArrayList<>(List.of(shared).subList(1, shared.length));
        List<String> keys = new ArrayList<>();
        ORDER.forEach(f -> keys.add("cli.usage." + f));
        Messages.bundle().keySet().stream().filter(k -> k.startsWith("cli.usage.") && !keys.contains(k)).sorted()
                .forEach(keys::add);
        for (String key : keys) {
            if (Messages.bundle().containsKey(key)) {
                lines.addAll(List.of(Messages.get(key).split("\n")));
            }
        }
        lines.forEach(line -> out.println(layout(line)));
    }

    static String layout(String line) {
        String pad = " ".repeat(COLUMN);
        int tab = line.indexOf('\t');
        if (tab < 0) {
            return pad + line.strip();
        }
        String command = "  " + line.substring(0, tab).strip();
        String description = line.substring(tab + 1).strip();
        int width = cells(command);
        return width < COLUMN - 1 ? command + " ".repeat(COLUMN - width) + description
                : command + "\n" + pad + description;
    }

    /** Terminal cells of {@code text}: two for a CJK (wide) character, one for the rest. */
    static int cells(String text) {
        return text.codePoints().map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF60) ? 2 : 1).sum();
    }
}
