package cn.warmledger.ui.audit;

import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.ui.audit.AuditDiff.FieldChange;
import cn.warmledger.ui.audit.AuditRows.AuditRow;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The 操作日志, read-only: filters (from a day, object, action, operator), the entries in Chinese, and the chosen
 * entry's changed fields as a table; the stored record itself only when the clerk asks for 详细.
 */
public final class AuditLogViewModel {
    /** The object kinds the filter offers (features that log more kinds appear under their own names). */
    static final List<String> ENTITIES = List.of(AuditTrail.RECIPIENT, AuditTrail.HARDSHIP_FILE,
            AuditTrail.FAMILY_MEMBER, AuditTrail.VISIT, AuditTrail.CAMPAIGN, AuditTrail.FUND_RAISED,
            AuditTrail.ENTERPRISE, AuditTrail.ENTERPRISE_VISIT, AuditTrail.SERVICE_TALLY, AuditTrail.SERVICE_ITEM,
            AuditTrail.SETTING, AuditTrail.DATABASE, AuditTrail.SESSION, AuditTrail.OPERATOR);

    private final AuditTrail audit;
    private final AuditLookups lookups;
    private final TaskRunner tasks;
    final DateInput since = new DateInput(Texts.get("audit.filter.since"), false, null);
    final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    final StringProperty operator = new SimpleStringProperty("");
    final ObjectProperty<AuditRow> selected = new SimpleObjectProperty<>();
    /** 详细: the stored record as it is, under the table of changes. */
    final BooleanProperty showRaw = new SimpleBooleanProperty(false);
    private final ObservableList<AuditRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FieldChange> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper raw = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changesNote = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public AuditLogViewModel(AuditTrail audit, AuditLookups lookups, TaskRunner tasks) {
        this.audit = audit;
        this.lookups = lookups;
        this.tasks = tasks;
        for (ObservableValue<?> f : List.of(since.valueProperty(), entity, action, operator)) {
            f.addListener((o, a, b) -> reload());
        }
        // an unreadable day is named instead of silently listing from the start; corrected, the list reloads
        since.errorProperty().addListener((o, a, b) -> {
            if (b.isEmpty()) {
                reload();
            } else {
                count.set(b);
            }
        });
        selected.addListener((o, a, r) -> show(r));
        show(null);
    }

    private void show(AuditRow r) {
        if (r == null) {
            changes.clear();
            raw.set("");
            changesNote.set(Texts.get("audit.chooseEntry"));
            return;
        }
        raw.set(Texts.get("audit.detail", nz(r.entry().before()), nz(r.entry().after())));
        changes.setAll(r.changes().orElse(List.of()));
        changesNote.set(Texts.get(r.changes().isEmpty() ? "audit.unreadable" : "audit.noChanges"));
    }

    public void reload() {
        long mine = ++generation;
        if (!since.errorProperty().get().isEmpty()) {
            count.set(since.errorProperty().get());
            return;
        }
        AuditQuery q = new AuditQuery(since.get(), entity.get(), action.get(), operator.get(), AuditQuery.DEFAULT_LIMIT);
        AuditRows builder = new AuditRows(lookups, () -> audit.list(new AuditQuery(null, AuditTrail.HARDSHIP_FILE,
                null, null, AuditQuery.DEFAULT_LIMIT)));
        tasks.submit("audit-list", p -> builder.rows(audit.list(q)), list -> {
            if (mine == generation) {
                rows.setAll(list);
                count.set(Texts.get("audit.count", list.size()));
                loaded.set(true);
            }
        }, e -> {
            count.set(Texts.get("audit.loadFailed"));
            loaded.set(true);
        });
    }

    static String entityLabel(String entity) {
        return AuditRows.entityLabel(entity);
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    public ObservableList<AuditRow> rows() {
        return rows;
    }

    /** The chosen entry's changed fields (字段 | 修改前 | 修改后). */
    public ObservableList<FieldChange> changes() {
        return changes;
    }

    /** What the table of changes says when it has no rows: no entry chosen, nothing changed, or unreadable. */
    public ReadOnlyStringProperty changesNoteProperty() {
        return changesNote.getReadOnlyProperty();
    }

    /** The stored record, shown behind 详细. */
    public ReadOnlyStringProperty detailProperty() {
        return raw.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** False until the first list has come back: until then the screen says 正在加载…, not 没有记录. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
