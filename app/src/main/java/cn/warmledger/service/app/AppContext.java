package cn.warmledger.service.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.persistence.AuditRepository;
import cn.warmledger.persistence.BareQueries;
import cn.warmledger.persistence.BenchDataRepository;
import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.EnterpriseRepository;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.OperatorRepository;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.ConsolidationRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.ReportRepository;
import cn.warmledger.persistence.ServiceTallyRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.OutboxRepository;
import cn.warmledger.persistence.TableCounts;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.persistence.VisitRepository;
import cn.warmledger.persistence.BenchStore;
import cn.warmledger.service.consolidation.CollectService;
import cn.warmledger.service.consolidation.ConsolidatedTables;
import cn.warmledger.service.consolidation.ConsolidationService;
import cn.warmledger.service.printing.PrinterService;
import cn.warmledger.service.consolidation.HandFilledTables;
import cn.warmledger.service.consolidation.UnitService;
import cn.warmledger.service.imports.RecipientImportService;
import cn.warmledger.service.imports.VisitImportService;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.common.ServerLink;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.safety.BackupService;
import cn.warmledger.service.safety.DamagedFolderRestore;
import cn.warmledger.service.safety.OperatorAccounts;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.common.CurrentOperator;
import cn.warmledger.service.home.DashboardService;
import cn.warmledger.service.enterprises.EnterpriseService;
import cn.warmledger.service.settings.OrganizationService;
import cn.warmledger.service.outbox.OutboxService;
import cn.warmledger.service.outbox.OutboxWorker;
import cn.warmledger.service.safety.PasswordService;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.reports.ReportService;
import cn.warmledger.service.campaigns.ServiceTallyService;
import cn.warmledger.service.settings.SettingKeys;
import cn.warmledger.service.settings.SettingsService;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.settings.DatabaseConnectionService;
import cn.warmledger.service.outbox.Transports;
import cn.warmledger.service.visits.VisitService;

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
    private final ReportService reports;
    private final PrinterService printing = new PrinterService();
    private final RecipientImportService recipientImport;
    private final VisitImportService visitImport;
    private final AuditTrail audit;
    private final BackupService backups;
    private final PasswordService passwords;
    private final OperatorAccounts operatorAccounts;
    private final SettingsService settings;
    private final OutboxService outbox;
    private final OutboxWorker outboxWorker;
    private final CampaignService campaigns;
    private final VisitService visits;
    private final EnterpriseService enterprises;
    private final ServiceTallyService serviceTallies;
    private final DashboardService dashboard;
    private final UnitService units;
    private final ConsolidationService consolidation;
    private final CollectService collecting;
    private final ConsolidatedTables consolidatedTables;
    private final HandFilledTables handFilledTables;
    private final ServerLink serverLink;

    private AppContext(AppPaths paths, Database database, Transports transports, Clock clock) {
        this.paths = paths;
        this.database = database;
        this.serverLink = ServerLink.of(database, clock);
        Transactor tx = new Transactor(database);
        SettingsRepository settingsRepo = new SettingsRepository(database);
        OrganizationRepository orgRepo = new OrganizationRepository(database);
        this.operator = new CurrentOperator(settingsRepo.get(SettingKeys.OPERATOR_NAME).orElse(null));
        this.audit = new AuditTrail(new AuditRepository(database), tx, operator);
        this.backups = new BackupService(database, paths, audit);
        this.passwords = new PasswordService(database, audit);
        this.operatorAccounts = new OperatorAccounts(new OperatorRepository(database), tx, operator, audit);
        this.setup = new SetupService(settingsRepo, orgRepo, tx, operator, audit);
        RecipientRepository recipientRepo = new RecipientRepository(database);
        HardshipFileRepository fileRepo = new HardshipFileRepository(database);
        this.recipients = new RecipientService(recipientRepo, fileRepo, tx, operator, audit);
        this.organizations = new OrganizationService(orgRepo);
        this.units = new UnitService(orgRepo, tx, audit);
        this.tableCounts = new TableCounts(database);
        this.recipientImport = new RecipientImportService(recipients, setup);
        this.settings = new SettingsService(settingsRepo, orgRepo, tx, operator, audit);
        OutboxRepository submissionRepo = new OutboxRepository(database);
        this.outbox = new OutboxService(submissionRepo, settings, transports, tx, paths, clock);
        this.outboxWorker = new OutboxWorker(outbox, transports, clock, OutboxWorker.INTERVAL);
        this.reports = new ReportService(new ReportRepository(database), outbox, orgRepo, settingsRepo, operator, tx, paths,
                clock, audit);
        CampaignRepository campaignRepo = new CampaignRepository(database);
        VisitRepository visitRepo = new VisitRepository(database);
        this.campaigns = new CampaignService(campaignRepo, tx, operator, audit);
        this.visits = new VisitService(visitRepo, campaignRepo, recipientRepo, fileRepo, tx, operator, audit);
        this.visitImport = new VisitImportService(recipientImport, recipients, visits, campaigns, setup, tx);
        this.enterprises = new EnterpriseService(new EnterpriseRepository(database), campaignRepo, tx, audit);
        this.serviceTallies = new ServiceTallyService(new ServiceTallyRepository(database), campaignRepo, tx, audit);
        this.dashboard = new DashboardService(campaigns, campaignRepo, visitRepo, recipientRepo,
                outbox);
        this.consolidation = new ConsolidationService(new ConsolidationRepository(database), orgRepo, campaignRepo,
                tx, audit, paths, clock);
        this.collecting = new CollectService(consolidation.store(), settings, transports, paths);
        this.consolidatedTables = new ConsolidatedTables(consolidation, reports, outbox, campaignRepo);
        this.handFilledTables = new HandFilledTables(consolidation.store(), units, campaignRepo, operator, clock);
    }

    /** Opens an unencrypted data folder (or a new one, unencrypted). */
    public static AppContext open(AppPaths paths) {
        return open(paths, null);
    }

    /**
     * Opens the data folder with the database password (null when none is configured): a new folder
     * opened with a password is encrypted; an encrypted one refuses a missing or wrong password.
     */
    public static AppContext open(AppPaths paths, DatabasePassword password) {
        return open(paths, password, new Transports(), Clock.systemDefaultZone());
    }

    /** With other transports or another clock: tests trust their own certificate and move time themselves. */
    public static AppContext open(AppPaths paths, Transports transports, Clock clock) {
        return open(paths, null, transports, clock);
    }

    public static AppContext open(AppPaths paths, DatabasePassword password, Transports transports, Clock clock) {
        Database database;
        try {
            database = Database.open(paths.dataDir(), password);
        } catch (DamagedDatabaseException e) {
            // not a wrong password: say so, and name the backup to restore (docs/decisions/21-1)
            throw new DamagedFolderRestore(paths).explained();
        }
        try {
            BackupService.discardLeftoverCheck(paths);
        } catch (RuntimeException e) {
            // a file another program holds open: tried again at the next open and before the next restore
        }
        try {
            // a folder encrypted before the slow key derivation is re-keyed at its next sign-in (docs/decisions/19-1)
            database.strengthenKey();
        } catch (RuntimeException e) {
            // crash-safe and retried at the next sign-in. The re-key may have succeeded and only the reopen failed,
            // leaving a disposed pool: never go on with it; open afresh (Database.open tries both keys)
            database.close();
            database = Database.open(paths.dataDir(), password);
        }
        return new AppContext(paths, database, transports, clock);
    }

    /**
     * Restores {@code backup} into a data folder whose damaged file does not open (docs/decisions/21-1; the file is
     * kept aside, never deleted), then opens the folder as {@link #open} does and records the restore in the audit
     * log, once the restored database is open. {@code password}: the folder's; {@code backupPassword}: the backup's
     * when it differs (null: the same).
     */
    public static Restored openRestoring(AppPaths paths, Path backup, DatabasePassword password,
                                         DatabasePassword backupPassword) {
        DamagedFolderRestore.Restored restored = new DamagedFolderRestore(paths).restore(backup, password,
                backupPassword);
        AppContext app = open(paths, restored.openWith());
        try {
            app.audit().record(AuditTrail.DATABASE, null, AuditAction.RESTORE_BACKUP, backup.getFileName().toString(),
                    null, null);
        } catch (RuntimeException e) {
            app.close();
            throw e;
        }
        return new Restored(app, restored);
    }

    /** The folder {@link #openRestoring} opened, and what its restore did. */
    public record Restored(AppContext app, DamagedFolderRestore.Restored restore) {
    }

    /**
     * Opens the application on a database of the office's PostgreSQL server (issue 18; docs/decisions/18-1) instead of
     * the H2 file of {@code paths}: the data folder still holds this PC's own files (exports, inbox, the connection
     * settings). {@code password} is the login role's; the caller wipes it after. The schema is migrated (an empty
     * database gets it whole). Fails in seconds with a Chinese message (a {@code DatabaseException}) when the server
     * cannot be reached, refuses the password, or has no such database.
     */
    public static AppContext openServer(AppPaths paths, ServerAddress server, char[] password) {
        return openServer(paths, server, password, new Transports(), Clock.systemDefaultZone());
    }

    /**
     * Opens the office's server as the connection file in the data folder names it, with its saved password
     * (docs/decisions/18-3): the window's start when 设置 → 数据库 chose 单位服务器. Refused in Chinese when no server is
     * chosen or the password cannot be read.
     */
    public static AppContext openConfiguredServer(AppPaths paths) {
        DatabaseConnectionService connection = new DatabaseConnectionService(paths.dataDir());
        cn.warmledger.service.settings.ConnectionFile.Choice choice = connection.current();
        DatabasePassword password = connection.savedPassword().filter(p -> choice.useServer())
                .orElseThrow(() -> new cn.warmledger.domain.InvalidValueException(
                        cn.warmledger.domain.Messages.get("connection.password"),
                        cn.warmledger.domain.Messages.get("error.required")));
        char[] chars = password.chars();
        try {
            return openServer(paths, choice.server(), chars);
        } finally {
            java.util.Arrays.fill(chars, '\0');
            password.clear();
        }
    }

    /** The same with other transports or another clock (tests). */
    public static AppContext openServer(AppPaths paths, ServerAddress server, char[] password, Transports transports,
                                        Clock clock) {
        return new AppContext(paths, Database.openServer(server, password), transports, clock);
    }

    /** True when the data is on the office's server (backup, restore, password change … are the server's then). */
    public boolean onServer() {
        return database.onServer();
    }

    /**
     * Readies what a sign-in runs (key derivation compiled, database engine and migrations loaded) on throwaway
     * data, off the FX thread while the sign-in page waits for the password, so the sign-in itself runs warm.
     */
    public static void warmUp() {
        Database.warmUp();
    }

    /** What the sign-in page asks for: a new password, the password, or a first password for an old folder. */
    public enum FolderState { NEW, ENCRYPTED, UNENCRYPTED }

    public static FolderState folderState(AppPaths paths) {
        if (!Database.exists(paths.dataDir())) {
            return FolderState.NEW;
        }
        return Database.isEncrypted(paths.dataDir()) ? FolderState.ENCRYPTED : FolderState.UNENCRYPTED;
    }

    /** A check run before every database access (tests: none on the FX thread); null removes it. */
    public void checkEachDatabaseAccess(Runnable check) {
        database.checkEachAccess(check);
    }

    public AuditTrail audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    /** 迁移到单位服务器: this folder's data into an empty server database (issue 18 point 5). */
    public cn.warmledger.service.safety.MoveInService moveIn() {
        return new cn.warmledger.service.safety.MoveInService(database, audit);
    }

    public PasswordService passwords() {
        return passwords;
    }

    /** 设置 → 数据库: 本机 or the office's server, in the connection file beside the data (used from the next start). */
    public DatabaseConnectionService connection() {
        return new DatabaseConnectionService(paths.dataDir());
    }

    /** Operator accounts: sign-in on the shared server, and the administrator's 操作员 tab (issue 18). */
    public OperatorAccounts operatorAccounts() {
        return operatorAccounts;
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

    public UnitService units() {
        return units;
    }

    public ReportService reports() {
        return reports;
    }

    /** Printing: the system's printers, the pages as the .xlsx prints them (no database needed). */
    public PrinterService printing() {
        return printing;
    }

    public RecipientImportService recipientImport() {
        return recipientImport;
    }

    /** A past campaign's roster into visits (issue 5). */
    public VisitImportService visitImport() {
        return visitImport;
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

    public CampaignService campaigns() {
        return campaigns;
    }

    public VisitService visits() {
        return visits;
    }

    public EnterpriseService enterprises() {
        return enterprises;
    }

    public ServiceTallyService serviceTallies() {
        return serviceTallies;
    }

    public DashboardService dashboard() {
        return dashboard;
    }

    /** 汇总, what came in: completeness, history, 选用, 匹配 (issue 7). */
    public ConsolidationService consolidation() {
        return consolidation;
    }

    /** 收取 of the 下级单位's submissions, and 测试连接 of the collect source. */
    public CollectService collecting() {
        return collecting;
    }

    /** The consolidated tables (汇总表), the 未上报 list, and 上报 of a consolidated table. */
    public ConsolidatedTables consolidatedTables() {
        return consolidatedTables;
    }

    public HandFilledTables handFilledTables() {
        return handFilledTables;
    }

    /** The benchmark's bulk writer and bare-library baselines over this folder's database (only {@code bench}). */
    public BenchStore benchStore() {
        return new BenchStore(new BenchDataRepository(database), new BareQueries(database), new ReportRepository(database),
                new Transactor(database));
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    public Map<String, Integer> tableCounts() {
        return tableCounts.all();
    }

    /** The server's address (empty on an H2 file). */
    public java.util.Optional<ServerAddress> server() {
        return database.server();
    }

    /** Whether the office's server answers (always connected on an H2 file); docs/decisions/18-6. */
    public ServerLink serverLink() {
        return serverLink;
    }

    @Override
    public void close() {
        serverLink.close();
        outboxWorker.stop();
        database.close();
    }
}
