package cn.warmledger.ui.recipients;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.OrganizationService;
import cn.warmledger.service.RecipientService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The register (慰问对象): search as you type and filters, run as one query off the FX thread; a reply
 * to an older query than the newest one is dropped. Also serves the 回收站 ({@code recycleBin}).
 */
public final class RecipientsViewModel {
    private final RecipientService recipients;
    private final OrganizationService organizations;
    private final TaskRunner tasks;
    private final boolean recycleBin;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<RecipientCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<HardshipType> hardshipType = new SimpleObjectProperty<>();
    private final ObjectProperty<FileStatus> fileStatus = new SimpleObjectProperty<>();
    private final ObjectProperty<Organization> unit = new SimpleObjectProperty<>();
    private final BooleanProperty showFullNumbers = new SimpleBooleanProperty(false);
    private final ObservableList<RecipientSummary> rows = FXCollections.observableArrayList();
    private final ObservableList<Organization> units = FXCollections.observableArrayList();
    private final StringProperty rowCountText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();
    private long generation;

    public RecipientsViewModel(RecipientService recipients, OrganizationService organizations, TaskRunner tasks,
                               boolean recycleBin) {
        this.recipients = recipients;
        this.organizations = organizations;
        this.tasks = tasks;
        this.recycleBin = recycleBin;
        rowCountText.bind(Bindings.createStringBinding(() -> Texts.get("recipients.count", rows.size()), rows));
        for (ObservableValue<?> filter : List.of(searchText, category, hardshipType, fileStatus, unit)) {
            filter.addListener((obs, old, now) -> reload());
        }
        // showing 身份证号 and phone numbers in full is deliberate, and logged in the 操作日志
        showFullNumbers.addListener((obs, old, now) -> {
            if (now) {
                int shown = rows.size();
                tasks.submit("recipients-show-full", p -> {
                    recipients.fullNumbersShown(shown);
                    return null;
                }, ok -> { }, e -> error.set(e.getMessage()));
            }
        });
    }

    public void reload() {
        long mine = ++generation;
        RecipientQuery query = query();
        tasks.submit("recipients-search", p -> recipients.search(query), result -> {
            if (mine == generation) {
                rows.setAll(result);
                error.set(null);
            }
        }, e -> error.set(Texts.get("recipients.loadFailed")));
        if (units.isEmpty()) {
            tasks.submit("recipient-units", p -> organizations.recipientUnits(), units::setAll, e -> { });
        }
    }

    RecipientQuery query() {
        Organization u = unit.get();
        return new RecipientQuery(searchText.get(), category.get(), hardshipType.get(), fileStatus.get(),
                u == null ? null : u.id(), recycleBin, RecipientQuery.NO_LIMIT);
    }

    public void delete(RecipientSummary row, Runnable done) {
        tasks.submit("recipient-delete", p -> {
            recipients.delete(row.id());
            return null;
        }, ok -> {
            reload();
            done.run();
        }, e -> error.set(e.getMessage()));
    }

    public void restore(RecipientSummary row, Runnable done) {
        tasks.submit("recipient-restore", p -> {
            recipients.restore(row.id());
            return null;
        }, ok -> {
            reload();
            done.run();
        }, e -> error.set(e.getMessage()));
    }

    /** What a cell shows for 身份证号: masked unless the clerk asked to see numbers in full. */
    public String idNumberShown(RecipientSummary r) {
        return showFullNumbers.get() ? r.idNumber() : r.maskedIdNumber();
    }

    public String phoneShown(RecipientSummary r) {
        return showFullNumbers.get() ? r.phone() : r.maskedPhone();
    }

    public boolean isRecycleBin() {
        return recycleBin;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<RecipientCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<HardshipType> hardshipTypeProperty() {
        return hardshipType;
    }

    public ObjectProperty<FileStatus> fileStatusProperty() {
        return fileStatus;
    }

    public ObjectProperty<Organization> unitProperty() {
        return unit;
    }

    public BooleanProperty showFullNumbersProperty() {
        return showFullNumbers;
    }

    public ObservableList<RecipientSummary> rows() {
        return rows;
    }

    public ObservableList<Organization> units() {
        return units;
    }

    public ReadOnlyStringProperty rowCountTextProperty() {
        return rowCountText;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
