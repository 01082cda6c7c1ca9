package cn.warmledger.ui.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.service.imports.ColumnMapping;
import cn.warmledger.service.imports.ImportField;
import cn.warmledger.ui.common.Texts;

/**
 * The wizard's mapping page (step 2): each sheet column with its header, a sample value and the field it goes to,
 * and what is left unmapped or missing. A field picked in a row's combo box changes the mapping at once.
 */
public final class ColumnsTable {
    private final ObservableList<MappingRow> mappingRows = FXCollections.observableArrayList();
    private final StringProperty unmappedText = new SimpleStringProperty("");
    private final StringProperty missingText = new SimpleStringProperty("");
    private ColumnMapping mapping;
    private List<String> sample = List.of();
    private boolean applying;

    /** A freshly guessed mapping; {@code sample} is the row under the header, shown beside each column. */
    void show(ColumnMapping m, List<String> sampleRow) {
        sample = sampleRow;
        show(m);
    }

    private void show(ColumnMapping m) {
        mapping = m;
        List<MappingRow> rows = new ArrayList<>();
        for (int c = 0; c < m.headers().size(); c++) {
            if (m.headers().get(c).isBlank() && m.field(c).isEmpty()) {
                continue;
            }
            MappingRow row = new MappingRow(c, m.header(c), c < sample.size() ? sample.get(c) : "",
                    m.field(c).orElse(null));
            row.fieldProperty().addListener((o, before, now) -> {
                if (!applying) {
                    show(mapping.with(row.column(), now));
                }
            });
            rows.add(row);
        }
        applying = true;
        mappingRows.setAll(rows);
        applying = false;
        unmappedText.set(m.unmappedColumns().isEmpty() ? "" : Texts.get("import.wizard.unmapped",
                m.unmappedColumns().stream().map(m::header).collect(Collectors.joining("、"))));
        missingText.set(m.missingRequired().isEmpty() ? "" : Texts.get("import.missingColumns",
                m.missingRequired().stream().map(ImportField::label).collect(Collectors.joining("、"))));
    }

    /** Sets the field of one sheet column, as the mapping step's combo box does. */
    void map(int column, ImportField field) {
        mappingRows.stream().filter(r -> r.column() == column).findFirst()
                .ifPresentOrElse(r -> r.fieldProperty().set(field), () -> show(mapping.with(column, field)));
    }

    ColumnMapping mapping() {
        return mapping;
    }

    public ObservableList<MappingRow> mappingRows() {
        return mappingRows;
    }

    public StringProperty unmappedTextProperty() {
        return unmappedText;
    }

    public StringProperty missingTextProperty() {
        return missingText;
    }
}
