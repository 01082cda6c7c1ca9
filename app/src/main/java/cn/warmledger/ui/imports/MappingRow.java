package cn.warmledger.ui.imports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import cn.warmledger.service.imports.ImportField;

/** One column of the sheet in the mapping step: its header, a sample value, and the field it goes to (null: not imported). */
public final class MappingRow {
    private final int column;
    private final String header;
    private final String sample;
    private final ObjectProperty<ImportField> field = new SimpleObjectProperty<>();

    MappingRow(int column, String header, String sample, ImportField field) {
        this.column = column;
        this.header = header;
        this.sample = sample;
        this.field.set(field);
    }

    public int column() {
        return column;
    }

    public String header() {
        return header;
    }

    public String sample() {
        return sample;
    }

    public ObjectProperty<ImportField> fieldProperty() {
        return field;
    }
}
