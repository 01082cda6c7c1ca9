package cn.warmledger.service;

import java.util.Map;

import cn.warmledger.persistence.CampaignRepository;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.EnterpriseRepository;
import cn.warmledger.persistence.HardshipFileRepository;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.persistence.RecipientRepository;
import cn.warmledger.persistence.ServiceTallyRepository;
import cn.warmledger.persistence.SettingsRepository;
import cn.warmledger.persistence.SubmissionCounts;
import cn.warmledger.persistence.TableCounts;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.persistence.VisitRepository;

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
    private final CampaignService campaigns;
    private final VisitService visits;
    private final EnterpriseService enterprises;
    private final ServiceTallyService serviceTallies;
    private final DashboardService dashboard;

    private AppContext(AppPaths paths, Database database) {
        this.paths = paths;
        this.database = database;
        Transactor tx = new Transactor(database);
        SettingsRepository settingsRepo = new SettingsRepository(database);
        OrganizationRepository orgRepo = new OrganizationRepository(database);
        this.operator = new CurrentOperator(settingsRepo.get(SettingKeys.OPERATOR_NAME).orElse(null));
        this.setup = new SetupService(settingsRepo, orgRepo, tx, operator);
        RecipientRepository recipientRepo = new RecipientRepository(database);
        HardshipFileRepository fileRepo = new HardshipFileRepository(database);
        this.recipients = new RecipientService(recipientRepo, fileRepo, tx, operator);
        this.organizations = new OrganizationService(orgRepo);
        this.tableCounts = new TableCounts(database);
        CampaignRepository campaignRepo = new CampaignRepository(database);
        VisitRepository visitRepo = new VisitRepository(database);
        this.campaigns = new CampaignService(campaignRepo, tx, operator);
        this.visits = new VisitService(visitRepo, campaignRepo, recipientRepo, fileRepo, tx, operator);
        this.enterprises = new EnterpriseService(new EnterpriseRepository(database), campaignRepo, tx);
        this.serviceTallies = new ServiceTallyService(new ServiceTallyRepository(database), campaignRepo, tx);
        this.dashboard = new DashboardService(campaigns, campaignRepo, visitRepo, recipientRepo,
                new SubmissionCounts(database));
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
