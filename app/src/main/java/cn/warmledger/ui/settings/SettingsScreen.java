package cn.warmledger.ui.settings;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.consolidation.CollectService;
import cn.warmledger.service.consolidation.UnitService;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.outbox.OutboxWorker;
import cn.warmledger.service.safety.OperatorAccounts;
import cn.warmledger.service.settings.DatabaseConnectionService;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 设置: one tab per group of settings: 本单位, 上报方式, then for a county 下级单位 and 收取方式, 数据库 (本机 or the
 * office's server; on a local database with 迁移到单位服务器…), and on the server 我的密码 (every operator with an account)
 * and 操作员 (administrators).
 */
public final class SettingsScreen {
    private final VBox root = new VBox();
    private final TabPane tabs = new TabPane();

    public SettingsScreen(SettingsService settings, OutboxService outbox, OutboxWorker outboxWorker,
                          CurrentOperator operator, UnitService units, CollectService collecting,
                          DatabaseConnectionService connection, OperatorAccounts accounts, TaskRunner tasks,
                          Dialogs dialogs, Runnable moveIn) {
        root.getStyleClass().add("page");
        Label title = new Label(Texts.get("nav.settings"));
        title.getStyleClass().add("page-title");
        Tab orgTab = new Tab(Texts.get("orgSettings.title"), new OrgSettingsView(new OrgSettingsViewModel(settings,
                outbox, operator, tasks), dialogs).root());
        orgTab.setId("tabOrg");
        orgTab.setClosable(false);
        SyncSettingsViewModel sync = new SyncSettingsViewModel(settings, outbox, outboxWorker, tasks);
        Tab syncTab = new Tab(Texts.get("syncSettings.title"), new SyncSettingsView(sync).root());
        syncTab.setId("tabSync");
        syncTab.setClosable(false);
        Tab unitsTab = new Tab(Texts.get("units.title"),
                new UnitsView(new UnitsViewModel(units, tasks), dialogs).root());
        unitsTab.setId("tabUnits");
        unitsTab.setClosable(false);
        Tab collectTab = new Tab(Texts.get("collectSettings.title"),
                new CollectSettingsView(new CollectSettingsViewModel(settings, collecting, tasks)).root());
        collectTab.setId("tabCollect");
        collectTab.setClosable(false);
        Tab databaseTab = new Tab(Texts.get("connection.tab"), new DatabaseSettingsView(
                new DatabaseSettingsViewModel(connection, tasks), saved -> { }, moveIn).root());
        databaseTab.setId("tabDatabase");
        databaseTab.setClosable(false);
        tabs.getTabs().addAll(orgTab, syncTab, unitsTab, collectTab, databaseTab);
        if (operator.withAccount()) {
            // her own sign-in password, for every operator with an account on the server (administrators too)
            Tab mine = new Tab(Texts.get("myPassword.title"), new MyPasswordView(new MyPasswordViewModel(accounts,
                    tasks), operator.name()).root());
            mine.setId("tabMyPassword");
            mine.setClosable(false);
            tabs.getTabs().add(mine);
        }
        if (operator.administrator()) {
            Tab operatorsTab = new Tab(Texts.get("operators.title"),
                    new OperatorsView(new OperatorsViewModel(accounts, tasks)).root());
            operatorsTab.setId("tabOperators");
            operatorsTab.setClosable(false);
            tabs.getTabs().add(operatorsTab);
        }
        tabs.setId("settingsTabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(title, tabs);
    }

    /** Selects 上报方式 on a shown 设置 screen (the 报表 screen's 设置上报方式… opens it so). */
    public static void showUploadTab(Parent settings) {
        if (settings.lookup("#settingsTabs") instanceof TabPane pane) {
            pane.getTabs().stream().filter(t -> "tabSync".equals(t.getId())).findFirst()
                    .ifPresent(t -> pane.getSelectionModel().select(t));
        }
    }

    public Parent root() {
        return root;
    }
}
