package cn.warmledger.ui.enterprises;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.Enterprise;
import cn.warmledger.domain.EnterpriseVisit;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.enterprises.EnterpriseService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** 走访慰问企业: the register and, per campaign, the visits with their total; a visit is entered inline. */
public final class EnterprisesViewModel {
    private final EnterpriseService enterprises;
    private final CampaignService campaignService;
    private final TaskRunner tasks;

    final ObservableList<Enterprise> rows = FXCollections.observableArrayList();
    final ObjectProperty<Enterprise> selected = new SimpleObjectProperty<>();
    final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    final ObservableList<EnterpriseVisit> visits = FXCollections.observableArrayList();
    final DateInput visitedOn = new DateInput(Texts.get("field.visitedOn"), true, LocalDate.now());
    final StringProperty visitors = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty workers = new SimpleStringProperty("");
    final ObjectProperty<FundSource> fundSource = new SimpleObjectProperty<>();
    private final StringProperty totalsText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public EnterprisesViewModel(EnterpriseService enterprises, CampaignService campaignService, TaskRunner tasks) {
        this.enterprises = enterprises;
        this.campaignService = campaignService;
        this.tasks = tasks;
        DateInput.reportTo(error, visitedOn);
        campaign.addListener((o, a, b) -> reloadVisits());
    }

    private record Loaded(List<Enterprise> enterprises, List<Campaign> campaigns, Campaign current) {
    }

    /** False until the first list came back (or failed): the list says 正在加载…, never its empty state, before. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void reload() {
        tasks.submit("enterprises", p -> new Loaded(enterprises.list(), campaignService.list(),
                campaignService.current(LocalDate.now()).orElse(null)), l -> {
            rows.setAll(l.enterprises());
            loaded.set(true);
            if (campaigns.isEmpty()) {
                campaigns.setAll(l.campaigns());
                campaign.set(l.current());
            }
            reloadVisits();
        }, e -> {
            loaded.set(true);
            error.set(e.getMessage());
        });
    }

    public void reloadVisits() {
        Long campaignId = campaign.get() == null ? null : campaign.get().id();
        tasks.submit("enterprise-visits", p -> enterprises.visits(campaignId), v -> {
            visits.setAll(v);
            BigDecimal total = v.stream().map(EnterpriseVisit::amount).reduce(Money.zero(), BigDecimal::add);
            totalsText.set(Texts.get("enterprise.totals", v.stream().map(EnterpriseVisit::enterpriseId).distinct()
                    .count(), total.toPlainString()));
        }, e -> error.set(e.getMessage()));
    }

    /** Records a visit to the chosen enterprise in the chosen campaign. */
    public void recordVisit() {
        Enterprise e = selected.get();
        if (e == null) {
            error.set(Texts.get("field.enterprise") + "：" + Texts.get("enterprise.chooseFirst"));
            return;
        }
        EnterpriseVisit v;
        try {
            BigDecimal money = Money.parseOrZero(Texts.get("field.amount"), amount.get());
            Integer count = workers.get() == null || workers.get().isBlank() ? null
                    : parseCount(workers.get());
            v = new EnterpriseVisit(null, e.id(), e.name(), campaign.get() == null ? null : campaign.get().id(),
                    visitedOn.checked(), visitors.get(), money, count, fundSource.get(), null);
        } catch (InvalidValueException ex) {
            error.set(ex.getMessage());
            return;
        }
        tasks.submit("enterprise-visit", p -> enterprises.recordVisit(v), id -> {
            error.set("");
            amount.set("");
            workers.set("");
            reloadVisits();
        }, ex -> error.set(ex.getMessage()));
    }

    private static Integer parseCount(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(Texts.get("field.workersVisited"), Texts.get("enterprise.badCount", text));
        }
    }

    public void deleteVisit(EnterpriseVisit v) {
        tasks.submit("enterprise-visit-delete", p -> {
            enterprises.deleteVisit(v.id());
            return null;
        }, ok -> reloadVisits(), e -> error.set(e.getMessage()));
    }

    public void delete(Enterprise e) {
        tasks.submit("enterprise-delete", p -> {
            enterprises.delete(e.id());
            return null;
        }, ok -> reload(), ex -> error.set(ex.getMessage()));
    }

    public StringProperty totalsTextProperty() {
        return totalsText;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
