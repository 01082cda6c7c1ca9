package cn.warmledger.ui.audit;

import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 操作日志, read-only: filters (from a day, object, action, operator) and the chosen entry's data. */
public final class AuditLogViewModel {
    /** The object kinds the filter offers (features that log more kinds appear under their own names). */
    static final List<String> ENTITIES = List.of(AuditTrail.RECIPIENT, AuditTrail.HARDSHIP_FILE,
            AuditTrail.FAMILY_MEMBER, AuditTrail.VISIT, AuditTrail.CAMPAIGN, AuditTrail.FUND_RAISED,
            AuditTrail.ENTERPRISE, AuditTrail.ENTERPRISE_VISIT, AuditTrail.SERVICE_TALLY, AuditTrail.SERVICE_ITEM,
            AuditTrail.SETTING, AuditTrail.DATABASE, AuditTrail.SESSION);

    private final AuditTrail audit;
    private final TaskRunner tasks;
    final DateInput since = new DateInput(Texts.get("audit.filter.since"), false, null);
    final ObjectProperty<String> entity = new SimpleObjectProperty<>();
    final ObjectProperty<AuditAction> action = new SimpleObjectProperty<>();
    final StringProperty operator = new SimpleStringProperty("");
    final ObjectProperty<AuditEntry> selected = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper("");
    private long generation;

    public AuditLogViewModel(AuditTrail audit, TaskRunner tasks) {
        this.audit = audit;
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
        selected.addListener((o, a, e) -> detail.set(e == null ? ""
                : Texts.get("audit.detail", nz(e.before()), nz(e.after()))));
    }

    public void reload() {
        long mine = ++generation;
        if (!since.errorProperty().get().isEmpty()) {
            count.set(since.errorProperty().get());
            return;
        }
        AuditQuery q = new AuditQuery(since.get(), entity.get(), action.get(), operator.get(), AuditQuery.DEFAULT_LIMIT);
        tasks.submit("audit-list", p -> audit.list(q), list -> {
            if (mine == generation) {
                rows.setAll(list);
                count.set(Texts.get("audit.count", list.size()));
            }
        }, e -> count.set(Texts.get("audit.loadFailed")));
    }

    static String entityLabel(String entity) {
        if (entity == null) {
            return Texts.get("audit.filter.anyEntity");
        }
        String key = "audit.entity." + entity;
        return cn.warmledger.domain.Messages.has(key) ? Texts.get(key) : entity;
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }
}
