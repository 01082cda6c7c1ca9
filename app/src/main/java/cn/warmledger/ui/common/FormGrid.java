package cn.warmledger.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Two label/field pairs per row, required fields marked with a red star; Enter in a field moves on
 * (see {@link KeyboardFlow}).
 */
public final class FormGrid {
    private final GridPane grid = new GridPane();
    private int row;
    private int column;
    /** One field a row (a short form such as sign-in: two columns of three fields read in an odd order). */
    private boolean single;

    public FormGrid() {
        grid.setHgap(8);
        grid.setVgap(6);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints label = new ColumnConstraints();
            label.setMinWidth(90);
            ColumnConstraints field = new ColumnConstraints();
            field.setHgrow(Priority.ALWAYS);
            field.setMinWidth(180);
            grid.getColumnConstraints().addAll(label, field);
        }
    }

    /** Lays the fields out one a row rather than two. */
    public FormGrid oneColumn() {
        single = true;
        return this;
    }

    public FormGrid field(String label, Node field) {
        return field(label, field, false);
    }

    public FormGrid required(String label, Node field) {
        return field(label, field, true);
    }

    private FormGrid field(String labelText, Node field, boolean required) {
        Label label = new Label(required ? labelText + " *" : labelText);
        if (required) {
            label.getStyleClass().add("required-label");
        }
        label.setLabelFor(field);
        // a label is never shortened to "再输一次密…": its column grows to the longest one
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, column * 2, row);
        grid.add(field, column * 2 + 1, row);
        if (field instanceof javafx.scene.layout.Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        column++;
        if (single || column == 2) {
            column = 0;
            row++;
        }
        return this;
    }

    /** A field spanning the whole row. */
    public FormGrid wide(String labelText, Node field) {
        if (column != 0) {
            column = 0;
            row++;
        }
        Label label = new Label(labelText);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        grid.add(label, 0, row);
        grid.add(field, 1, row, 3, 1);
        row++;
        return this;
    }

    public FormGrid section(String title) {
        if (column != 0) {
            column = 0;
            row++;
        }
        Label l = new Label(title);
        l.getStyleClass().add("form-section");
        grid.add(l, 0, row, 4, 1);
        row++;
        return this;
    }

    public GridPane build() {
        return grid;
    }
}
