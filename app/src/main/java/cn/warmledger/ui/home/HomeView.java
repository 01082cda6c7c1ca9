package cn.warmledger.ui.home;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.FundSource;
import cn.warmledger.service.home.Dashboard;
import cn.warmledger.ui.common.Refresh;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.Fields;
import cn.warmledger.ui.common.Texts;

/** 首页: figures in cards, and three charts (coverage, money by source, visits per day). */
public final class HomeView {
    private final HomeViewModel vm;
    private final VBox root = new VBox();
    private final PieChart coverage = Dialogs.id(new PieChart(), "coverageChart");
    private final BarChart<String, Number> money = Dialogs.id(new BarChart<>(new CategoryAxis(), new NumberAxis()),
            "moneyChart");
    private final BarChart<String, Number> perDay = Dialogs.id(new BarChart<>(new CategoryAxis(), new NumberAxis()),
            "visitsPerDayChart");

    /** {@code showNotVisited} opens the list of 在档困难职工 not yet visited. */
    public HomeView(HomeViewModel vm, Consumer<HomeViewModel> showNotVisited) {
        this.vm = vm;
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.home"));
        title.getStyleClass().add("page-title");
        ComboBox<Campaign> campaign = Dialogs.id(new ComboBox<>(vm.campaigns), "homeCampaign");
        campaign.setConverter(Fields.named(Campaign::name, ""));
        campaign.valueProperty().bindBidirectional(vm.campaign);
        campaign.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.campaigns));
        campaign.managedProperty().bind(campaign.visibleProperty());
        Button refresh = Dialogs.id(new Button(Texts.get("home.refresh")), "homeRefresh");
        refresh.setOnAction(e -> vm.reload());
        Label error = Dialogs.id(new Label(), "homeError");
        error.getStyleClass().add("hint-text");
        error.textProperty().bind(vm.errorProperty());
        HBox top = new HBox(8, title, campaign, refresh, error);
        top.setAlignment(Pos.CENTER_LEFT);

        Button notVisited = Dialogs.id(new Button(), "showNotVisited");
        notVisited.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Texts.get("home.notVisited", vm.notVisited.size()), vm.notVisited));
        notVisited.setOnAction(e -> showNotVisited.accept(vm));
        HBox cards = new HBox(12,
                card("home.coverageTitle", "homeCoverage", vm.coverageTextProperty(), notVisited),
                card("home.moneyTitle", "homeMoney", vm.moneyTextProperty(), null),
                card("home.visitsTitle", "homeVisits", vm.visitsTextProperty(), null),
                card("home.pendingTitle", "homePending", vm.pendingTextProperty(), null));
        coverage.setTitle(Texts.get("home.coverageChart"));
        coverage.setLegendVisible(true);
        money.setTitle(Texts.get("home.moneyChart"));
        money.setAnimated(false);
        perDay.setTitle(Texts.get("home.perDayChart"));
        perDay.setAnimated(false);
        perDay.setLegendVisible(false);
        coverage.setAnimated(false);
        HBox charts = new HBox(12, coverage, money, perDay);
        for (var c : new javafx.scene.layout.Region[] {coverage, money, perDay}) {
            HBox.setHgrow(c, Priority.ALWAYS);
            c.setPrefWidth(340);
        }
        VBox.setVgrow(charts, Priority.ALWAYS);
        // no campaign to show (none yet, or none running today): say what to do instead of empty charts
        Label empty = Dialogs.id(new Label(), "homeEmpty");
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(vm.emptyTextProperty());
        VBox emptyBox = new VBox(empty);
        emptyBox.setAlignment(Pos.CENTER);
        emptyBox.setPadding(new javafx.geometry.Insets(48));
        VBox.setVgrow(emptyBox, Priority.ALWAYS);
        var isEmpty = vm.emptyTextProperty().isNotEmpty();
        emptyBox.visibleProperty().bind(isEmpty);
        emptyBox.managedProperty().bind(isEmpty);
        for (var shown : new javafx.scene.Node[] {cards, charts}) {
            shown.visibleProperty().bind(isEmpty.not());
            shown.managedProperty().bind(isEmpty.not());
        }
        root.getChildren().addAll(top, emptyBox, cards, charts);
        Refresh.on(root, vm::reload); // F5 as 刷新: the figures as the (shared) database has them now
        vm.figuresProperty().addListener((o, a, b) -> draw(b));
        root.parentProperty().addListener((o, a, b) -> {
            if (b != null) {
                Platform.runLater(vm::reload);
            }
        });
    }

    private static VBox card(String titleKey, String id, javafx.beans.value.ObservableStringValue text,
                             javafx.scene.Node extra) {
        Label t = new Label(Texts.get(titleKey));
        t.getStyleClass().add("hint-text");
        Label figure = Dialogs.id(new Label(), id);
        figure.getStyleClass().add("home-figure");
        figure.textProperty().bind(text);
        VBox box = extra == null ? new VBox(t, figure) : new VBox(t, figure, extra);
        box.getStyleClass().add("home-card");
        HBox.setHgrow(box, Priority.ALWAYS);
        return box;
    }

    private void draw(Dashboard d) {
        if (d.campaign().isEmpty()) {
            coverage.getData().clear();
            money.getData().clear();
            perDay.getData().clear();
            return;
        }
        coverage.setData(FXCollections.observableArrayList(
                new PieChart.Data(Texts.get("home.visitedSlice", d.visited()), d.visited()),
                new PieChart.Data(Texts.get("home.notVisitedSlice", d.toVisit() - d.visited()),
                        d.toVisit() - d.visited())));
        XYChart.Series<String, Number> raised = new XYChart.Series<>();
        raised.setName(Texts.get("home.raised"));
        XYChart.Series<String, Number> spent = new XYChart.Series<>();
        spent.setName(Texts.get("home.spent"));
        for (FundSource s : FundSource.values()) {
            raised.getData().add(new XYChart.Data<>(s.label(), amount(d.raisedBySource(), s)));
            spent.getData().add(new XYChart.Data<>(s.label(), amount(d.spentBySource(), s)));
        }
        if (d.spentBySource().keySet().stream().anyMatch(java.util.Objects::isNull)) {
            spent.getData().add(new XYChart.Data<>(Texts.get("home.noSource"), d.spentBySource().get(null)));
            raised.getData().add(new XYChart.Data<>(Texts.get("home.noSource"), 0));
        }
        money.getData().setAll(raised, spent);
        XYChart.Series<String, Number> days = new XYChart.Series<>();
        for (Map.Entry<LocalDate, Integer> e : d.visitsPerDay().entrySet()) {
            days.getData().add(new XYChart.Data<>(e.getKey().toString().substring(5), e.getValue()));
        }
        perDay.getData().setAll(days);
    }

    private static Number amount(Map<FundSource, BigDecimal> bySource, FundSource s) {
        BigDecimal v = bySource.get(s);
        return v == null ? 0 : v;
    }

    public Parent root() {
        return root;
    }
}
