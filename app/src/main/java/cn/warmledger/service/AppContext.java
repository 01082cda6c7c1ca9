package cn.warmledger.service;

import java.util.Map;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.persistence.AuditRepository;
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
    private final AuditTrail audit;
    private final BackupService backups;
    private final PasswordService passwords;

    private AppContext(AppPaths paths, Database database) {
        this.paths = paths;
        this.database = database;
        Transactor tx = new Transactor(database);
        SettingsRepository settingsRepo = new SettingsRepository(database);
        OrganizationRepository orgRepo = new OrganizationRepository(database);
        this.operator = new CurrentOperator(settingsRepo.get(SettingKeys.OPERATOR_NAME).orElse(null));
        this.audit = new AuditTrail(new AuditRepository(database), tx, operator);
        this.backups = new BackupService(database, paths, audit);
        this.passwords = new PasswordService(database, audit);
        this.setup = new SetupService(settingsRepo, orgRepo, tx, operator, audit);
        this.recipients = new RecipientService(new RecipientRepository(database), new HardshipFileRepository(database),
                tx, operator, audit);
        this.organizations = new OrganizationService(orgRepo);
        this.tableCounts = new TableCounts(database);
        this.demoData = new DemoDataService(paths);
        this.reports = new ReportService(new ReportRepository(database), new SubmissionRepository(database), orgRepo,
                settingsRepo, tx, operator, paths, java.time.Clock.systemDefaultZone());
        this.recipientImport = new RecipientImportService(recipients, setup);
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
        return new AppContext(paths, Database.open(paths.dataDir(), password));
    }

    /** What the sign-in page asks for: a new password, the password, or a first password for an old folder. */
    public enum FolderState { NEW, ENCRYPTED, UNENCRYPTED }

    public static FolderState folderState(AppPaths paths) {
        if (!Database.exists(paths.dataDir())) {
            return FolderState.NEW;
        }
        return Database.isEncrypted(paths.dataDir()) ? FolderState.ENCRYPTED : FolderState.UNENCRYPTED;
    }

    public AuditTrail audit() {
        return audit;
    }

    public BackupService backups() {
        return backups;
    }

    public PasswordService passwords() {
        return passwords;
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
