package cn.warmledger.service.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.BatchVisits;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.settings.SetupService;

/**
 * The demo data folder a newcomer can try every screen in: beside the real data folder
 * ({@code <data folder>-demo}), never inside it, filled on first use with made-up but realistic
 * recipients (valid 身份证号) through the same services and checks as real input. It sits above AppContext (it opens
 * one for the demo folder), so AppContext does not hold it: the window and the {@code demo} command make one from
 * {@code app.paths()}.
 */
public final class DemoDataService {
    static final String SUFFIX = "-demo";
    private final AppPaths paths;

    public DemoDataService(AppPaths paths) {
        this.paths = paths;
    }

    /** How many made-up recipients a fresh demo folder holds. */
    public int recipientCount() {
        return DemoRecipients.count();
    }

    /** Where the demo data lives: a sibling of the data folder, so backups of real data never carry it. */
    public AppPaths demoPaths() {
        Path dir = paths.dataDir().toAbsolutePath();
        Path name = dir.getFileName();
        return new AppPaths(name == null ? dir.resolve("warmledger" + SUFFIX) : dir.resolveSibling(name + SUFFIX));
    }

    /**
     * Opens the demo folder, setting it up and filling it the first time (later calls keep what the
     * newcomer changed there). The caller closes the returned context.
     */
    public AppContext open() {
        AppContext demo = AppContext.open(demoPaths());
        try {
            if (!demo.setup().isSetUp()) {
                fill(demo);
            }
            return demo;
        } catch (RuntimeException e) {
            demo.close();
            throw e;
        }
    }

    private static void fill(AppContext demo) {
        demo.setup().complete(new SetupService.Setup(Messages.get("demo.orgName"), "DEMO001",
                Messages.get("demo.parentName"), Messages.get("demo.operatorName"), new BigDecimal("650")));
        Long unitId = demo.setup().self().map(o -> o.id()).orElse(null);
        List<Long> ids = new ArrayList<>();
        for (RecipientDraft draft : DemoRecipients.drafts(unitId, Messages.get("demo.operatorName"))) {
            ids.add(demo.recipients().save(draft));
        }
        fillCampaign(demo, ids);
    }

    /**
     * A 两节 campaign around today, with 慰问标准, funds by source and a 集中慰问 of the first recipients, so
     * 首页, 走访慰问, 活动 and 报表 have something to show; the rest stay 未慰问 for the newcomer to record.
     */
    private static void fillCampaign(AppContext demo, List<Long> recipientIds) {
        LocalDate today = LocalDate.now();
        long campaign = demo.campaigns().save(new CampaignDraft(null,
                Messages.get("demo.campaignName", String.valueOf(today.getYear())), CampaignKind.WARMTH,
                today.minusDays(20), today.plusDays(40), new BigDecimal("50000.00"), null, List.of(
                new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP, new BigDecimal("1000.00")),
                new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, HardshipType.RELATIVE, new BigDecimal("800.00")),
                new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, HardshipType.ACCIDENT, new BigDecimal("800.00")),
                new CampaignStandard(RecipientCategory.MODEL_WORKER, null, new BigDecimal("500.00")),
                new CampaignStandard(RecipientCategory.MEDICAL_FRONTLINE, null, new BigDecimal("300.00")),
                new CampaignStandard(RecipientCategory.PUBLIC_SERVICE_FRONTLINE, null, new BigDecimal("300.00")),
                new CampaignStandard(RecipientCategory.MIGRANT_WORKER, null, new BigDecimal("300.00")),
                new CampaignStandard(RecipientCategory.OUTDOOR_OR_GIG_WORKER, null, new BigDecimal("300.00")))));
        demo.campaigns().addFund(campaign, FundSource.CITY, new BigDecimal("20000.00"), today.minusDays(15), null);
        demo.campaigns().addFund(campaign, FundSource.COUNTY, new BigDecimal("15000.00"), today.minusDays(12), null);
        demo.campaigns().addFund(campaign, FundSource.GRASSROOTS, new BigDecimal("5000.00"), today.minusDays(10), null);
        List<Long> visited = recipientIds.subList(0, Math.min(6, recipientIds.size()));
        BatchVisits.Common common = new BatchVisits.Common(campaign, today.minusDays(3), VisitForm.GROUP_EVENT,
                Messages.get("demo.visitors"), FundSource.CITY, AssistanceKind.WARMTH, true, null);
        demo.visits().commit(common, demo.visits().preview(common, visited));
    }
}
