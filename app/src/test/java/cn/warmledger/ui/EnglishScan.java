package cn.warmledger.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Issue 15, point 5: no English reaches the clerk. Collects every text a window shows or offers — Labeled texts,
 * prompt texts, tooltips, table column headers, tab titles, ComboBox/ChoiceBox items as their converter shows
 * them, window titles — and names the Latin words in them that are not names of things the clerk meets as such
 * (SSL, WebDAV, Excel, QQ, the keys Ctrl and Enter…). Addresses, paths, file names and codes mixing letters and
 * digits are data, not words, and are left out.
 */
final class EnglishScan {
    /** Product, protocol, format and key names the clerk reads as they are. */
    static final Set<String> ALLOWED = Set.of("SSL", "PostgreSQL", "STARTTLS", "TLS", "WebDAV", "Excel", "WPS", "xlsx", "xls",
            "csv", "CSV", "IMAP", "SMTP", "HTTP", "HTTPS", "QQ", "INBOX", "Ctrl", "Shift", "Alt", "Enter", "Tab",
            "Esc", "PgUp", "PgDn", "ID", "SHA", "WarmLedger");
    /** Data, not words: mail addresses, URLs, paths, host and file names, codes with digits in them. */
    private static final Pattern DATA = Pattern.compile(
            "\\S+@\\S+|[a-zA-Z]+://\\S*|\\S*[/\\\\]\\S*|[\\w.-]+\\.[A-Za-z]{2,4}\\b|\\b\\w*\\d\\w*\\b");
    /** A sheet's column letter (A…ZZZ), as the report preview heads its columns like Excel does. */
    private static final Pattern COLUMN_LETTER = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    private EnglishScan() {
    }

    /** "where: text" for each text of a showing window that holds a word not allowed. */
    static List<String> inShowingWindows() {
        Set<String> found = new LinkedHashSet<>();
        for (Window w : new ArrayList<>(Window.getWindows())) {
            if (w.isShowing() && w.getScene() != null) {
                if (w instanceof Stage s) {
                    check("window title", s.getTitle(), found);
                }
                scan(w.getScene().getRoot(), found);
            }
        }
        return new ArrayList<>(found);
    }

    static void scan(Parent root, Set<String> found) {
        for (Node n : root.lookupAll("*")) {
            String where = n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId());
            if (n instanceof Labeled l) {
                check(where, l.getText(), found);
            }
            if (n instanceof TextInputControl t) {
                check(where + " prompt", t.getPromptText(), found);
            }
            if (n instanceof Control c && c.getTooltip() != null) {
                check(where + " tooltip", c.getTooltip().getText(), found);
            }
            if (n instanceof ComboBox<?> box) {
                comboItems(where, box, found);
                check(where + " prompt", box.getPromptText(), found);
            }
            if (n instanceof ChoiceBox<?> box) {
                choiceItems(where, box, found);
            }
            if (n instanceof TableView<?> table) {
                columns(where, table.getColumns(), found);
            }
            if (n instanceof TabPane tabs) {
                for (Tab tab : tabs.getTabs()) {
                    check(where + " tab", tab.getText(), found);
                    if (tab.getTooltip() != null) {
                        check(where + " tab tooltip", tab.getTooltip().getText(), found);
                    }
                }
            }
        }
    }

    private static <T> void comboItems(String where, ComboBox<T> box, Set<String> found) {
        for (T item : box.getItems()) {
            check(where + " item", box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item),
                    found);
        }
    }

    private static <T> void choiceItems(String where, ChoiceBox<T> box, Set<String> found) {
        for (T item : box.getItems()) {
            check(where + " item", box.getConverter() == null ? String.valueOf(item) : box.getConverter().toString(item),
                    found);
        }
    }

    private static void columns(String where, List<? extends TableColumnBase<?, ?>> columns, Set<String> found) {
        for (TableColumnBase<?, ?> c : columns) {
            check(where + " column", c.getText(), found);
            Tooltip tip = c.getGraphic() instanceof Control g ? g.getTooltip() : null;
            if (tip != null) {
                check(where + " column tooltip", tip.getText(), found);
            }
            columns(where, c.getColumns(), found);
        }
    }

    static void check(String where, String text, Set<String> found) {
        List<String> words = words(text);
        if (!words.isEmpty()) {
            found.add(where + ": " + text.replace('\n', ' ') + " " + words);
        }
    }

    /** The Latin words of {@code text} that are not allowed. */
    static List<String> words(String text) {
        List<String> bad = new ArrayList<>();
        if (text == null || text.isBlank() || COLUMN_LETTER.matcher(text).matches()) {
            return bad;
        }
        Matcher m = WORD.matcher(DATA.matcher(text).replaceAll(" "));
        while (m.find()) {
            if (!ALLOWED.contains(m.group())) {
                bad.add(m.group());
            }
        }
        return bad;
    }
}
