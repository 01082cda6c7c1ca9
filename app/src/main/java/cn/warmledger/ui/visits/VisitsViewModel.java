package cn.warmledger.ui.visits;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.domain.VisitTotals;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.settings.OrganizationService;
import cn.warmledger.service.visits.VisitService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The visits table: filters run as one query off the FX thread, totals of cash and goods for what is shown. */
public final class VisitsViewModel {
    private final VisitService visits;
    private final CampaignService campaignService;
    private final OrganizationService organizations;
    private final TaskRunner tasks;
    private long generation;

    final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    final ObservableList<Organization> units = FXCollections.observableArrayList();
    final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    final DateInput from = new DateInput(Texts.get("visits.from"), false, null);
    final DateInput to = new DateInput(Texts.get("visits.to"), false, null);
    final ObjectProperty<VisitForm> form = new SimpleObjectProperty<>();
    final ObjectProperty<RecipientCategory> category = new SimpleObjectProperty<>();
    final ObjectProperty<Boolean> signed = new SimpleObjectProperty<>();
    final ObjectProperty<Organization> unit = new SimpleObjectProperty<>();
    final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<VisitSummary> rows = FXCollections.observableArrayList();
    private final StringProperty totalsText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public VisitsViewModel(VisitService visits, CampaignService campaignService, OrganizationService organizations,
                           TaskRunner tasks) {
        this.visits = visits;
        this.campaignService = campaignService;
        this.organizations = organizations;
        this.tasks = tasks;
        for (ObservableValue<?> filter : List.of(campaign, from.valueProperty(), to.valueProperty(), form, category,
                signed, unit, text)) {
            filter.addListener((obs, old, now) -> reload());
        }
        for (DateInput date : List.of(from, to)) {
            // an unreadable filter is named instead of silently filtering on nothing; corrected, the rows reload
            date.errorProperty().addListener((obs, old, now) -> {
                if (now.isEmpty()) {
                    reload();
                } else {
                    error.set(now);
                }
            });
        }
    }

    /** Loads the campaigns (choosing the current one) and units, then the rows. */
    public void start() {
        tasks.submit("visit-filters", p -> new Choices(campaignService.list(),
                campaignService.current(LocalDate.now()).orElse(null), organizations.recipientUnits()), c -> {
            campaigns.setAll(c.campaigns());
            units.setAll(c.units());
            if (c.current() != null) {
                campaign.set(c.current());
            }
            reload();
        }, e -> {
            loaded.set(true);
            error.set(e.getMessage());
        });
    }

    private record Choices(List<Campaign> campaigns, Campaign current, List<Organization> units) {
    }

    /** False until the first list came back (or failed): the list says 正在加载…, never its empty state, before. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Loads the rows for the filters; an unreadable date filter is named in the error, and nothing is loaded. */
    public void reload() {
        long mine = ++generation;
        for (DateInput date : List.of(from, to)) {
            if (!date.errorProperty().get().isEmpty()) {
                error.set(date.errorProperty().get());
                return;
            }
        }
        VisitQuery q = query();
        tasks.submit("visits-search", p -> visits.search(q), result -> {
            if (mine == generation) {
                rows.setAll(result);
                VisitTotals t = VisitTotals.of(result);
                totalsText.set(Texts.get("visits.totals", t.count(), t.cash().toPlainString(),
                        t.goodsValue().toPlainString(), t.total().toPlainString()));
                error.set("");
                loaded.set(true);
            }
        }, e -> {
            loaded.set(true);
            error.set(e.getMessage());
        });
    }

    VisitQuery query() {
        return new VisitQuery(campaign.get() == null ? null : campaign.get().id(), from.get(), to.get(), form.get(),
                category.get(), signed.get(), unit.get() == null ? null : unit.get().id(), text.get());
    }

    public void delete(VisitSummary row) {
        tasks.submit("visit-delete", p -> {
            visits.delete(row.id(), row.version());
            return null;
        }, ok -> reload(), e -> error.set(e.getMessage()));
    }

    public ObservableList<VisitSummary> rows() {
        return rows;
    }

    public ReadOnlyStringProperty totalsTextProperty() {
        return totalsText;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
