package cn.warmledger.ui.home;

import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.home.Dashboard;
import cn.warmledger.service.home.DashboardService;
import cn.warmledger.service.common.ServerLink;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** 首页: the chosen (by default the current) campaign's coverage, money, visits per day and 待上报 count. */
public final class HomeViewModel {
    private final DashboardService dashboard;
    private final CampaignService campaignService;
    private final TaskRunner tasks;
    private boolean loading;

    final ObservableList<Campaign> campaigns = FXCollections.observableArrayList();
    final ObjectProperty<Campaign> campaign = new SimpleObjectProperty<>();
    final ObservableList<RecipientSummary> notVisited = FXCollections.observableArrayList();
    private final ObjectProperty<Dashboard> figures = new SimpleObjectProperty<>();
    private final StringProperty coverageText = new SimpleStringProperty("");
    private final StringProperty moneyText = new SimpleStringProperty("");
    private final StringProperty visitsText = new SimpleStringProperty("");
    private final StringProperty pendingText = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    // 正在加载… until the first figures are in: never 还没有活动 (or empty cards) before the home has looked
    private final StringProperty emptyText = new SimpleStringProperty(Texts.get("common.loading"));

    public HomeViewModel(DashboardService dashboard, CampaignService campaignService, TaskRunner tasks) {
        this.dashboard = dashboard;
        this.campaignService = campaignService;
        this.tasks = tasks;
        campaign.addListener((o, a, b) -> {
            if (!loading) {
                reload();
            }
        });
    }

    private record Loaded(List<Campaign> campaigns, Dashboard figures) {
    }

    public void reload() {
        Long chosen = campaign.get() == null ? null : campaign.get().id();
        tasks.submit("dashboard", p -> new Loaded(campaignService.list(), dashboard.overview(chosen, LocalDate.now())),
                l -> {
                    loading = true;
                    campaigns.setAll(l.campaigns());
                    campaign.set(l.figures().campaign().flatMap(c -> l.campaigns().stream()
                            .filter(x -> x.id().equals(c.id())).findFirst()).orElse(null));
                    loading = false;
                    show(l.figures());
                }, e -> {
                    // the server gone: its figures say so rather than look like none (docs/decisions/18-6)
                    boolean lost = ServerLink.isConnectionLost(e);
                    emptyText.set(lost ? Texts.get("server.lost.placeholder") : "");
                    error.set(lost ? Texts.get("server.lost.short") : Texts.problem(e, "home.loadFailed"));
                });
    }

    private void show(Dashboard d) {
        figures.set(d);
        notVisited.setAll(d.notVisited());
        coverageText.set(Texts.get("home.coverage", d.visited(), d.toVisit(), d.coveragePercent()));
        moneyText.set(Texts.get("home.money", d.spentTotal().toPlainString(), d.raisedTotal().toPlainString()));
        visitsText.set(Texts.get("home.visits", d.visitCount()));
        pendingText.set(Texts.get("home.pending", d.pendingSubmissions())); // last: tests wait for it
        error.set("");
        emptyText.set(d.campaign().isPresent() ? "" : Texts.get(campaigns.isEmpty() ? "home.noCampaign"
                : "home.chooseCampaign"));
    }

    /** Empty while a campaign is shown; else what to do first (create a 活动, or choose one above); 正在加载… first. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText;
    }

    public ReadOnlyObjectProperty<Dashboard> figuresProperty() {
        return figures;
    }

    public ReadOnlyStringProperty coverageTextProperty() {
        return coverageText;
    }

    public ReadOnlyStringProperty moneyTextProperty() {
        return moneyText;
    }

    public ReadOnlyStringProperty visitsTextProperty() {
        return visitsText;
    }

    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
