package cn.warmledger.service;

import java.util.Map;

import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.ReportRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.SubmissionRepository;
import cn.warmledger.persistence.TableCounts;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.demo.DemoDataService;
import cn.warmledger.service.imports.RecipientImportService;

/**
 * The composition root below the UI: opens one data folder and wires every repository and service by
 * constructor. The window and the command line each build one; nothing else is global.
 */
public final class AppContext implements AutoCloseable {
    private final AppPaths paths;
    private final Database database;
    private final CurrentOperator operator;
    private final SetupService setup;
    private final RecipientService recipients;
    private final OrganizationService organizations;
    private final TableCounts tableCounts;
    private final DemoDataService demoData;
    private final ReportService reports;
    private final RecipientImportService recipientImport;

    private AppContext(AppPaths paths, Database database) {
        this.paths = paths;
        this.database = database;
        Transactor tx = new Transactor(database);
        SettingsRepository settingsRepo = new SettingsRepository(database);
        OrganizationRepository orgRepo = new OrganizationRepository(database);
        this.operator = new CurrentOperator(settingsRepo.get(SettingKeys.OPERATOR_NAME).orElse(null));
        this.setup = new SetupService(settingsRepo, orgRepo, tx, operator);
        this.recipients = new RecipientService(new RecipientRepository(database), new HardshipFileRepository(database),
                tx, operator);
        this.organizations = new OrganizationService(orgRepo);
        this.tableCounts = new TableCounts(database);
        this.demoData = new DemoDataService(paths);
        this.reports = new ReportService(new ReportRepository(database), new SubmissionRepository(database), orgRepo,
                settingsRepo, tx, operator, paths, java.time.Clock.systemDefaultZone());
        this.recipientImport = new RecipientImportService(recipients, setup);
    }

    public static AppContext open(AppPaths paths) {
        return new AppContext(paths, Database.open(paths.dataDir()));
    }

    public AppPaths paths() {
        return paths;
    }

    public CurrentOperator operator() {
        return operator;
    }

    public SetupService setup() {
        return setup;
    }

    public RecipientService recipients() {
        return recipients;
    }

    public OrganizationService organizations() {
        return organizations;
    }

    public DemoDataService demoData() {
        return demoData;
    }

    public ReportService reports() {
        return reports;
    }

    public RecipientImportService recipientImport() {
        return recipientImport;
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    public Map<String, Integer> tableCounts() {
        return tableCounts.all();
    }

    @Override
    public void close() {
        database.close();
    }
}
