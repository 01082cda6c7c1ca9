package cn.warmledger.ui.campaigns;

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
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.CampaignStatusChange;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.ServiceTally;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.campaigns.ServiceTallyService;
import cn.warmledger.ui.common.DateInput;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * The 活动 screen: campaigns with money raised; for the chosen one its standards, funds per source,
 * service tallies (七送/十送/五送) and close / reopen history.
 */
public final class CampaignsViewModel {
    /** A campaign with the money raised for it. */
    public record Row(Campaign campaign, BigDecimal raised) {
    }

    /** Everything shown for the chosen campaign. */
    private record Detail(List<CampaignStandard> standards, List<FundRaised> funds, List<ServiceTally> tallies,
                          List<CampaignStatusChange> history) {
    }

    private final CampaignService campaigns;
    private final ServiceTallyService tallyService;
    private final TaskRunner tasks;

    final ObservableList<Row> rows = FXCollections.observableArrayList();
    final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    final ObservableList<CampaignStandard> standards = FXCollections.observableArrayList();
    final ObservableList<FundRaised> funds = FXCollections.observableArrayList();
    final ObservableList<ServiceTally> tallies = FXCollections.observableArrayList();
    final ObservableList<CampaignStatusChange> history = FXCollections.observableArrayList();
    final ObjectProperty<FundSource> fundSource = new SimpleObjectProperty<>();
    final StringProperty fundAmount = new SimpleStringProperty("");
    final DateInput fundDate = new DateInput(Texts.get("campaign.receivedOn"), false, null);
    final StringProperty newItemLabel = new SimpleStringProperty("");
    final StringProperty newItemUnit = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");

    public CampaignsViewModel(CampaignService campaigns, ServiceTallyService tallyService, TaskRunner tasks) {
        this.campaigns = campaigns;
        this.tallyService = tallyService;
        this.tasks = tasks;
        DateInput.reportTo(error, fundDate);
        selected.addListener((o, a, b) -> {
            if (b == null || a == null || !a.campaign().id().equals(b.campaign().id())) {
                fundDate.set(b == null ? null : defaultFundDate(b.campaign(), LocalDate.now()));
            }
            loadDetail();
        });
    }

    /** False until the first list came back (or failed): the list says 正在加载…, never its empty state, before. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper();

    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public void reload() {
        Long keep = selected.get() == null ? null : selected.get().campaign().id();
        tasks.submit("campaigns", p -> campaigns.list().stream().map(c -> new Row(c, campaigns.funds(c.id()).stream()
                .map(FundRaised::amount).reduce(Money.zero(), BigDecimal::add))).toList(), result -> {
            rows.setAll(result);
            loaded.set(true);
            selected.set(result.stream().filter(r -> r.campaign().id().equals(keep)).findFirst()
                    .orElse(result.isEmpty() ? null : result.get(0)));
            loadDetail();
        }, e -> {
            loaded.set(true);
            error.set(e.getMessage());
        });
    }

    private void loadDetail() {
        Row row = selected.get();
        if (row == null) {
            standards.clear();
            funds.clear();
            tallies.clear();
            history.clear();
            return;
        }
        long id = row.campaign().id();
        tasks.submit("campaign-detail", p -> new Detail(campaigns.standards(id).lines(), campaigns.funds(id),
                tallyService.tallies(id), campaigns.statusHistory(id)), d -> {
            if (selected.get() != null && selected.get().campaign().id() == id) {
                standards.setAll(d.standards());
                funds.setAll(d.funds());
                tallies.setAll(d.tallies());
                history.setAll(d.history());
            }
        }, e -> error.set(e.getMessage()));
    }

    public void addFund() {
        Row row = selected.get();
        if (row == null) {
            return;
        }
        BigDecimal amount;
        try {
            amount = Money.parse(Texts.get("field.amount"), fundAmount.get());
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return;
        }
        FundSource source = fundSource.get();
        LocalDate date;
        try {
            date = fundDate.checked();
        } catch (InvalidValueException e) {
            error.set(e.getMessage());
            return;
        }
        run("fund-add", () -> campaigns.addFund(row.campaign().id(), source, amount, date, null), () -> {
            fundAmount.set("");
            reload();
        });
    }

    /** 到账日期 suggested for a campaign: today while the campaign runs, else the last day of its period. */
    static LocalDate defaultFundDate(Campaign c, LocalDate today) {
        return c.covers(today) ? today : c.endsOn();
    }

    public void deleteFund(FundRaised f) {
        run("fund-delete", () -> campaigns.deleteFund(f.id(), f.version()), this::reload);
    }

    /** Sets a service item's quantity for the chosen campaign from what was typed. */
    public boolean setTally(ServiceTally t, String text) {
        Row row = selected.get();
        long quantity;
        try {
            quantity = Long.parseLong(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            error.set(Texts.get("campaign.badQuantity", t.item().label(), text));
            loadDetail();
            return false;
        }
        run("tally-set", () -> tallyService.set(row.campaign().id(), t.item().code(), quantity), this::loadDetail);
        return true;
    }

    public void addItem() {
        String label = newItemLabel.get();
        String unit = newItemUnit.get();
        run("tally-item", () -> tallyService.addItem(label, unit), () -> {
            newItemLabel.set("");
            newItemUnit.set("");
            loadDetail();
        });
    }

    public void close(String reason) {
        long id = selected.get().campaign().id();
        run("campaign-close", () -> campaigns.close(id, reason), this::reload);
    }

    public void reopen(String reason) {
        long id = selected.get().campaign().id();
        run("campaign-reopen", () -> campaigns.reopen(id, reason), this::reload);
    }

    private void run(String name, Runnable work, Runnable then) {
        tasks.submit(name, p -> {
            work.run();
            return null;
        }, ok -> {
            error.set("");
            then.run();
        }, e -> error.set(e.getMessage()));
    }

    public StringProperty errorProperty() {
        return error;
    }
}
