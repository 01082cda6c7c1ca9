package cn.warmledger.ui.recipients;

import java.time.Duration;
import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import cn.warmledger.domain.RecipientSort;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.settings.OrganizationService;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The register (慰问对象): search as you type and filters, run off the FX thread. The table holds a page of the
 * result at a time ({@link #PAGE} rows, more by {@link #loadMore} as the clerk scrolls) and shows the true count of
 * matches. Typing waits for a pause ({@code debounce}) and cancels the query still waiting; a reply to an older
 * query than the newest one is dropped. The order of a clicked column is the database's. Also serves the 回收站.
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
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final ObjectProperty<RecipientSort> sort = new SimpleObjectProperty<>(RecipientSort.NEWEST);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final Duration debounce;
    private long generation;
    private TaskRunner.Running pending;
    private boolean loadingMore;
    /** False until the first page came back (or failed): the table says 正在加载…, never 没有… before. */
    private final ReadOnlyBooleanWrapper firstLoaded = new ReadOnlyBooleanWrapper(false);
    /** A first page is asked for and not yet shown: {@code rows} still belong to the previous query. */
    private boolean reloading;
    /** The query whose result {@code rows} hold: the next page is of this one, not of text typed since. */
    private RecipientQuery loaded;

    /** Rows fetched at a time: enough to fill a tall window several times over. */
    public static final int PAGE = 200;
    /** How long typing must pause before the register is asked. */
    public static final Duration DEBOUNCE = Duration.ofMillis(150);

    public RecipientsViewModel(RecipientService recipients, OrganizationService organizations, TaskRunner tasks,
                               boolean recycleBin) {
        this(recipients, organizations, tasks, recycleBin, DEBOUNCE);
    }

    public RecipientsViewModel(RecipientService recipients, OrganizationService organizations, TaskRunner tasks,
                               boolean recycleBin, Duration debounce) {
        this.recipients = recipients;
        this.organizations = organizations;
        this.tasks = tasks;
        this.recycleBin = recycleBin;
        this.debounce = debounce;
        rowCountText.bind(Bindings.createStringBinding(() -> Texts.get("recipients.count", total.get()), total));
        searchText.addListener((obs, old, now) -> reload(this.debounce));
        for (ObservableValue<?> filter : List.of(category, hardshipType, fileStatus, unit)) {
            filter.addListener((obs, old, now) -> reload());
        }
        // showing 身份证号 and phone numbers in full is deliberate, and logged in the 操作日志: with the number of
        // matches, not of rows loaded, since the clerk can scroll through every one of them
        showFullNumbers.addListener((obs, old, now) -> {
            if (now) {
                int shown = total.get();
                tasks.submit("recipients-show-full", p -> {
                    recipients.fullNumbersShown(shown);
                    return null;
                }, ok -> { }, e -> error.set(e.getMessage()));
            }
        });
    }

    public void reload() {
        reload(Duration.ZERO);
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return firstLoaded.getReadOnlyProperty();
    }

    /** Asks for the first page after {@code wait}; a newer reload cancels this one while it waits. */
    private void reload(Duration wait) {
        long mine = ++generation;
        loadingMore = false;
        reloading = true;
        if (pending != null) {
            pending.cancel();
        }
        RecipientQuery query = query().page(0, PAGE);
        pending = tasks.submitAfter("recipients-search", wait, p -> recipients.page(query), result -> {
            if (mine == generation && result != null) {
                loaded = query;
                reloading = false;
                rows.setAll(result.rows());
                total.set(result.total());
                error.set(null);
                firstLoaded.set(true);
            }
        }, e -> {
            if (mine == generation) {
                reloading = false;
                firstLoaded.set(true);
                error.set(Texts.get("recipients.loadFailed"));
            }
        });
        if (units.isEmpty()) {
            tasks.submit("recipient-units", p -> organizations.recipientUnits(), units::setAll, e -> { });
        }
    }

    /**
     * Fetches the next page of the result shown, if any; the view calls it as the clerk nears the last row. Nothing
     * while a new first page is on its way: the rows shown are about to be replaced.
     */
    public void loadMore() {
        if (loadingMore || reloading || loaded == null || rows.size() >= total.get()) {
            return;
        }
        loadingMore = true;
        long mine = generation;
        RecipientQuery query = loaded.page(rows.size(), PAGE);
        tasks.submit("recipients-more", p -> recipients.search(query), result -> {
            if (mine == generation) {
                rows.addAll(result);
                loadingMore = false;
            }
        }, e -> {
            if (mine == generation) {
                loadingMore = false;
                error.set(Texts.get("recipients.loadFailed"));
            }
        });
    }

    /** Orders the register by a column (the database sorts the whole result); NEWEST is the unsorted order. */
    public void sortBy(RecipientSort newSort, boolean newDescending) {
        if (newSort == sort.get() && newDescending == descending.get()) {
            return;
        }
        sort.set(newSort);
        descending.set(newDescending);
        reload();
    }

    RecipientQuery query() {
        Organization u = unit.get();
        return new RecipientQuery(searchText.get(), category.get(), hardshipType.get(), fileStatus.get(),
                u == null ? null : u.id(), recycleBin, RecipientQuery.NO_LIMIT).sortedBy(sort.get(), descending.get());
    }

    public void delete(RecipientSummary row, Runnable done) {
        tasks.submit("recipient-delete", p -> {
            recipients.delete(row.id(), row.version());
            return null;
        }, ok -> {
            reload();
            done.run();
        }, e -> error.set(e.getMessage()));
    }

    public void restore(RecipientSummary row, Runnable done) {
        tasks.submit("recipient-restore", p -> {
            recipients.restore(row.id(), row.version());
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

    /** The true number of rows matching the search and filters, loaded or not. */
    public ReadOnlyIntegerProperty totalProperty() {
        return total;
    }

    public ReadOnlyStringProperty rowCountTextProperty() {
        return rowCountText;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
