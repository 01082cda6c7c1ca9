package cn.warmledger.service;

import java.time.Clock;
import java.util.Map;

import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.SubmissionRepository;
import cn.warmledger.persistence.TableCounts;
import cn.warmledger.persistence.Transactor;

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
    private final SettingsService settings;
    private final OutboxService outbox;
    private final OutboxWorker outboxWorker;

    private AppContext(AppPaths paths, Database database, Transports transports, Clock clock) {
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
        this.settings = new SettingsService(settingsRepo, orgRepo, tx, operator);
        SubmissionRepository submissionRepo = new SubmissionRepository(database);
        this.outbox = new OutboxService(submissionRepo, settings, transports, tx, paths, clock);
        this.outboxWorker = new OutboxWorker(outbox, submissionRepo, transports, clock, OutboxWorker.INTERVAL);
    }

    public static AppContext open(AppPaths paths) {
        return open(paths, new Transports(), Clock.systemDefaultZone());
    }

    /** With other transports or another clock: tests trust their own certificate and move time themselves. */
    public static AppContext open(AppPaths paths, Transports transports, Clock clock) {
        return new AppContext(paths, Database.open(paths.dataDir()), transports, clock);
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

    public SettingsService settings() {
        return settings;
    }

    public OutboxService outbox() {
        return outbox;
    }

    /** Sends the outbox by itself once started (the window starts it; the command line runs single passes). */
    public OutboxWorker outboxWorker() {
        return outboxWorker;
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    public Map<String, Integer> tableCounts() {
        return tableCounts.all();
    }

    @Override
    public void close() {
        outboxWorker.stop();
        database.close();
    }
}
