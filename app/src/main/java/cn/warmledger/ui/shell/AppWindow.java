package cn.warmledger.ui.shell;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import cn.warmledger.domain.Organization;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.ui.audit.AuditLogView;
import cn.warmledger.ui.audit.AuditLogViewModel;
import cn.warmledger.ui.audit.AuditLookups;
import cn.warmledger.ui.campaigns.CampaignsScreen;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.consolidation.ConsolidationView;
import cn.warmledger.ui.consolidation.ConsolidationViewModel;
import cn.warmledger.ui.common.ServerAwareTasks;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.settings.MoveInView;
import cn.warmledger.ui.settings.MoveInViewModel;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.enterprises.EnterprisesScreen;
import cn.warmledger.ui.home.HomeScreen;
import cn.warmledger.ui.imports.ImportWizards;
import cn.warmledger.ui.outbox.OutboxView;
import cn.warmledger.ui.outbox.OutboxViewModel;
import cn.warmledger.ui.recipients.RecipientsScreen;
import cn.warmledger.ui.reports.ReportsView;
import cn.warmledger.ui.reports.ReportsViewModel;
import cn.warmledger.ui.safety.DataSafetyView;
import cn.warmledger.ui.safety.DataSafetyViewModel;
import cn.warmledger.ui.settings.SettingsScreen;
import cn.warmledger.ui.settings.SyncSettingsView;
import cn.warmledger.ui.settings.SyncSettingsViewModel;
import cn.warmledger.ui.setup.DemoOfferView;
import cn.warmledger.ui.setup.DemoOfferViewModel;
import cn.warmledger.ui.setup.FirstRunView;
import cn.warmledger.ui.setup.FirstRunViewModel;
import cn.warmledger.ui.visits.VisitForms;
import cn.warmledger.ui.visits.VisitsScreen;
import cn.warmledger.service.demo.DemoDataService;

/**
 * The composition root of the window: every screen's factory, wired with the one AppContext, the one
 * TaskRunner and the one Dialogs façade. Shows the first-run page until 本单位 is set; what it needs to know
 * for that is read off the FX thread, like everything that touches the database.
 */
public final class AppWindow implements AutoCloseable {
    /** The folder on screen: the one opened at start, or the demo folder after 试用演示数据. */
    private AppContext app;
    /** The demo folder, opened here from the first-run page and so closed here. */
    private AppContext demo;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final StackPane root = new StackPane();
    private MainWindow main;
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();

    public AppWindow(AppContext app, TaskRunner tasks, Dialogs dialogs) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        open();
    }

    /** What the window needs to know before it shows a page, read off the FX thread. */
    private record Opening(boolean setUp, String orgName, SetupService.Setup known) {
    }

    /** Reads (off the FX thread) whether 本单位 is set, then shows the register or the first-run page. */
    private void open() {
        ready.set(false);
        ProgressIndicator progress = new ProgressIndicator();
        VBox opening = new VBox(12, progress, new Label(Texts.get("app.opening")));
        opening.setAlignment(Pos.CENTER);
        root.getChildren().setAll(opening);
        AppContext shown = app;
        tasks.submit("window-open", p -> new Opening(shown.setup().isSetUp(),
                shown.setup().self().map(Organization::name).orElse(""), shown.setup().known()), o -> {
                    if (o.setUp()) {
                        showMain(o.orgName());
                    } else {
                        showFirstRun(o.known());
                    }
                    ready.set(true);
                }, e -> {
                    Label error = Dialogs.id(new Label(Texts.problem(e, "app.openFailed")), "openError");
                    error.getStyleClass().add("error-text");
                    opening.getChildren().setAll(error);
                    ready.set(true);
                });
    }

    private void showFirstRun(SetupService.Setup known) {
        // whoever signed in is the operator the first-run page would ask for again
        FirstRunViewModel firstRunVm = new FirstRunViewModel(app.setup(), tasks, known,
                app.operator().signedIn().orElse(null));
        FirstRunView firstRun = new FirstRunView(firstRunVm, this::open)
                .offer(optionalSyncStep())
                .offer(new DemoOfferView(new DemoOfferViewModel(new DemoDataService(app.paths()), tasks), this::showDemo).root());
        root.getChildren().setAll(firstRun.root());
    }

    /** 上报方式 at first run, optional and folded: the same view as 设置 → 上报方式, saved on its own. */
    private Parent optionalSyncStep() {
        SyncSettingsViewModel sync = new SyncSettingsViewModel(app.settings(), app.outbox(), app.outboxWorker(), tasks);
        TitledPane step = Dialogs.id(new TitledPane(Texts.get("setup.sync.optional"), new SyncSettingsView(sync).root()),
                "setupSync");
        step.setExpanded(false);
        return step;
    }

    private void showMain(String org) {
        // the screens' work tells the server's link of each failure; saves wait for a lost server (docs/decisions/18-6)
        ServerAwareTasks watched = new ServerAwareTasks(this.tasks, app.serverLink(), Platform::runLater);
        TaskRunner tasks = watched;
        Map<Section, Supplier<Parent>> screens = new EnumMap<>(Section.class);
        // windows one screen opens for another (the visit form from the register and 首页, the import wizards):
        // handed over as callbacks, so ui feature packages do not import each other (LayerRulesTest)
        VisitForms visitForms = new VisitForms(app.visits(), app.recipients(), app.campaigns(), tasks, dialogs);
        ImportWizards imports = new ImportWizards(app.recipientImport(), app.visitImport(), tasks, dialogs);
        screens.put(Section.RECIPIENTS, () -> new RecipientsScreen(app.recipients(), app.organizations(), app.setup(),
                tasks, dialogs, false, imports::openRecipients, visitForms::openNew).root());
        screens.put(Section.RECYCLE_BIN, () -> new RecipientsScreen(app.recipients(), app.organizations(), app.setup(),
                tasks, dialogs, true, imports::openRecipients, visitForms::openNew).root());
        // one view model for the window's life: coming back to 报表 finds the table, campaign and export left there
        ReportsViewModel reports = new ReportsViewModel(app.reports(), app.printing(), tasks);
        screens.put(Section.REPORTS, () -> new ReportsView(reports,
                dialogs, () -> SettingsScreen.showUploadTab(main.show(Section.SETTINGS))).root());
        screens.put(Section.AUDIT_LOG, () -> new AuditLogView(new AuditLogViewModel(app.audit(),
                AuditLookups.of(app.recipients(), app.campaigns(), app.serviceTallies()), tasks)).root());
        screens.put(Section.DATA_SAFETY, () -> new DataSafetyView(new DataSafetyViewModel(app.passwords(), app.backups(),
                tasks), dialogs, () -> { }).root());
        screens.put(Section.OUTBOX, () -> new OutboxView(
                new OutboxViewModel(app.outbox(), app.outboxWorker(), tasks), dialogs).root());
        screens.put(Section.CONSOLIDATION, () -> new ConsolidationView(new ConsolidationViewModel(app.consolidation(),
                app.collecting(), app.consolidatedTables(),
                app.units(), app.handFilledTables(), app.reports(), app.paths().exportsDir(), tasks), dialogs).root());
        screens.put(Section.SETTINGS, () -> new SettingsScreen(app.settings(), app.outbox(), app.outboxWorker(),
                app.operator(), app.units(), app.collecting(), app.connection(), app.operatorAccounts(), tasks,
                dialogs, app.onServer() ? null : () -> dialogs.openModal(Texts.get("move.title"),
                        w -> new MoveInView(new MoveInViewModel(app.moveIn(), tasks), w).root())).root());
        screens.put(Section.VISITS, () -> new VisitsScreen(app.visits(), app.campaigns(), app.organizations(),
                visitForms, tasks, dialogs, imports::openVisits).root());
        screens.put(Section.CAMPAIGNS, () -> new CampaignsScreen(app.campaigns(), app.serviceTallies(), tasks,
                dialogs).root());
        screens.put(Section.ENTERPRISES, () -> new EnterprisesScreen(app.enterprises(), app.campaigns(), tasks,
                dialogs).root());
        screens.put(Section.HOME, () -> new HomeScreen(app.dashboard(), app.campaigns(), tasks, dialogs,
                visitForms::openNew).root());
        main = new MainWindow(screens, Texts.get("status.ready", org, app.operator().name(), app.paths().dataDir()));
        main.show(Section.RECIPIENTS);
        main.addStatus(OutboxStatus.label(app.outbox(), tasks));
        if (app.onServer()) {
            main.addStatus(ServerStatus.label(app.serverLink(), watched, main));
        }
        root.getChildren().setAll(main.root());
        app.outboxWorker().start();
    }

    private void showDemo(AppContext opened) {
        demo = opened;
        app = opened;
        open();
    }

    /** Null until the first-run page is done. */
    public MainWindow main() {
        return main;
    }

    /** True once a page (the register, the first-run page or why the folder cannot be read) shows. */
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public Parent root() {
        return root;
    }

    @Override
    public void close() {
        if (demo != null) {
            demo.close();
        }
    }
}
