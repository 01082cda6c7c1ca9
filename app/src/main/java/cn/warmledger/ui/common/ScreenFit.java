package cn.warmledger.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * What every screen and dialog gets once built (issue 15, points 2 and 3), so that nothing a clerk must read is cut
 * to "…" at 1366×768: buttons never narrower than their text, and each table's columns as wide as their content
 * (dates, names, money and 身份证号 whole), the width left over to the widest column; a table wider than the
 * window scrolls sideways rather than squeezing its columns. A table whose columns have widths of their own (the
 * 报表 preview, laid out as the sheet) is marked {@link #keepColumns}.
 */
public final class ScreenFit {
    private static final String FITTED = "screenFit.fitted";
    private static final String KEEP = "screenFit.keepColumns";
    /** Rows measured per column: enough for the widths, few enough for a county's 100,000 rows. */
    private static final int SAMPLE_ROWS = 200;
    /** A cell's padding and the header's sort arrow. */
    private static final double PADDING = 26;
    private static final double SCROLL_BAR = 18;

    private ScreenFit() {
    }

    /** Marks a table whose column widths are set by its view. */
    public static void keepColumns(TableView<?> table) {
        table.getProperties().put(KEEP, Boolean.TRUE);
    }

    /** Applies the rules to everything under {@code root} (its skins created first, so tabs and panes count). */
    public static void apply(Parent root) {
        root.applyCss();
        for (Node n : root.lookupAll(".button-base")) {
            if (n instanceof ButtonBase b && b.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        for (Node n : root.lookupAll(".table-view")) {
            if (n instanceof TableView<?> t) {
                SortKept.install(t);
            }
            if (n instanceof TableView<?> t && !t.getProperties().containsKey(KEEP)
                    && !t.getProperties().containsKey(FITTED)) {
                install(t);
            }
        }
    }

    private static <T> void install(TableView<T> table) {
        table.getProperties().put(FITTED, Boolean.TRUE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        boolean[] queued = {false};
        // coalesced: a list filled row by row is measured once
        InvalidationListener refit = o -> {
            if (!queued[0]) {
                queued[0] = true;
                Platform.runLater(() -> {
                    queued[0] = false;
                    fit(table);
                });
            }
        };
        table.itemsProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.addListener(refit);
            }
            refit.invalidated(o);
        });
        if (table.getItems() != null) {
            table.getItems().addListener(refit);
        }
        table.widthProperty().addListener(refit);
        table.getColumns().addListener(refit);
        fit(table);
    }

    /** Sets each visible column's width to its content, and gives the room left to the widest one. */
    static <T> void fit(TableView<T> table) {
        ObservableList<TableColumn<T, ?>> columns = table.getVisibleLeafColumns();
        if (columns.isEmpty()) {
            return;
        }
        Font font = fontOf(table);
        int rows = table.getItems() == null ? 0 : Math.min(SAMPLE_ROWS, table.getItems().size());
        double[] widths = new double[columns.size()];
        double total = 0;
        int widest = 0;
        for (int c = 0; c < columns.size(); c++) {
            TableColumn<T, ?> column = columns.get(c);
            double w = textWidth(column.getText(), font);
            for (int r = 0; r < rows; r++) {
                Object value = column.getCellData(r);
                if (value != null && !(value instanceof Boolean)) {
                    w = Math.max(w, textWidth(value.toString(), font));
                }
            }
            widths[c] = Math.max(column.getMinWidth(), Math.ceil(w + PADDING));
            total += widths[c];
            if (widths[c] > widths[widest]) {
                widest = c;
            }
        }
        double spare = table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - SCROLL_BAR - total;
        if (spare > 0) {
            widths[widest] += spare;
        }
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).setPrefWidth(widths[c]);
        }
    }

    /**
     * Measures the width a cell of {@code table} needs to show a text whole, padding included; the table's font is
     * looked up once, not per text (a preview measures thousands of cells on the FX thread).
     */
    public static java.util.function.ToDoubleFunction<String> cellWidths(TableView<?> table) {
        Font font = fontOf(table);
        return text -> Math.ceil(textWidth(text, font) + PADDING);
    }

    private static Font fontOf(TableView<?> table) {
        Node header = table.lookup(".column-header .label");
        if (header instanceof Labeled l) {
            return l.getFont();
        }
        return Font.font(Theme.fontFamily(), 14);
    }

    private static double textWidth(String s, Font font) {
        if (s == null || s.isEmpty()) {
            return 0;
        }
        Text t = new Text(s);
        t.setFont(font);
        return t.getLayoutBounds().getWidth();
    }
}
