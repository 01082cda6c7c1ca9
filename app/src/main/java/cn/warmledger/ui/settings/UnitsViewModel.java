package cn.warmledger.ui.settings;

import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Organization;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.service.consolidation.UnitService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置 → 下级单位: the units expected to report. Choosing a row puts it into the fields to change it; saving
 * a code already listed updates that unit, a new code adds one.
 */
public final class UnitsViewModel {
    private final UnitService units;
    private final TaskRunner tasks;

    final ObservableList<Organization> rows = FXCollections.observableArrayList();
    final ObjectProperty<Organization> selected = new SimpleObjectProperty<>();
    final StringProperty code = new SimpleStringProperty("");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty contact = new SimpleStringProperty("");
    final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");

    public UnitsViewModel(UnitService units, TaskRunner tasks) {
        this.units = units;
        this.tasks = tasks;
        selected.addListener((o, a, unit) -> {
            if (unit != null) {
                code.set(unit.code());
                name.set(unit.name());
                contact.set(unit.contact() == null ? "" : unit.contact());
                phone.set(unit.phone() == null ? "" : unit.phone());
            }
        });
    }

    /** False until the first list came back (or failed): the list says 正在加载…, never its empty state, before. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void reload() {
        tasks.submit("units", p -> units.list(), list -> {
            rows.setAll(list);
            status.set(Texts.get("units.count", list.size()));
            loaded.set(true);
        }, e -> {
            loaded.set(true);
            error.set(e.getMessage());
        });
    }

    /** Adds the unit in the fields, or updates the one with its code. */
    public void save() {
        UnitDraft draft = new UnitDraft(code.get(), name.get(), contact.get(), phone.get());
        error.set("");
        tasks.submit("unit-save", p -> units.save(draft), id -> {
            clear();
            reload();
        }, e -> error.set(e.getMessage()));
    }

    public void remove(Organization unit) {
        error.set("");
        tasks.submit("unit-remove", p -> {
            units.remove(unit.code());
            return unit;
        }, u -> {
            clear();
            reload();
        }, e -> error.set(e.getMessage()));
    }

    /** Takes a list of units from a spreadsheet; rows with problems are listed in the error line. */
    public void importFile(Path file) {
        error.set("");
        tasks.submit("units-import", p -> units.importFile(file), result -> {
            status.set(Texts.get("units.imported", result.added(), result.updated(), result.problems().size()));
            error.set(String.join("\n", result.problems()));
            reload();
        }, e -> error.set(e.getMessage()));
    }

    public void clear() {
        selected.set(null);
        code.set("");
        name.set("");
        contact.set("");
        phone.set("");
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty statusProperty() {
        return status;
    }
}
