package cn.warmledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CampaignStandard;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.visits.VisitDraft;

/** Campaigns and visits as a township records them in the 两节 season, for service, CLI and UI tests. */
public final class TestCampaigns {
    /** 深度困难 1000, 相对困难 800, other 困难职工 600, 劳模 500 元. */
    public static final List<CampaignStandard> STANDARDS = List.of(
            new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, HardshipType.DEEP, new BigDecimal("1000")),
            new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, HardshipType.RELATIVE, new BigDecimal("800")),
            new CampaignStandard(RecipientCategory.HARDSHIP_WORKER, null, new BigDecimal("600")),
            new CampaignStandard(RecipientCategory.MODEL_WORKER, null, new BigDecimal("500")));

    private TestCampaigns() {
    }

    /** 2021年元旦春节送温暖, 2020-12-20 ~ 2021-02-26. */
    public static CampaignDraft springFestival() {
        return new CampaignDraft(null, "2021年元旦春节送温暖", CampaignKind.WARMTH, LocalDate.of(2020, 12, 20),
                LocalDate.of(2021, 2, 26), new BigDecimal("200000"), null, STANDARDS);
    }

    /** A campaign whose period covers today, so the window's default date is inside it. */
    public static CampaignDraft thisSeason() {
        LocalDate today = LocalDate.now();
        return new CampaignDraft(null, today.getYear() + "年两节送温暖", CampaignKind.WARMTH, today.minusDays(10),
                today.plusDays(30), new BigDecimal("200000"), null, STANDARDS);
    }

    public static VisitDraft visit(long recipientId, long campaignId, LocalDate on, String cash) {
        return new VisitDraft(null, recipientId, campaignId, on, VisitForm.HOME_VISIT, "王主席、李干事",
                new BigDecimal(cash), "米、油", new BigDecimal("120"), FundSource.COUNTY, AssistanceKind.WARMTH, true,
                null, null);
    }

    /** The n-th (0–999) valid 身份证号 of people born 1980-01-01 in 340102, for tests that need many. */
    public static String idNumber(int n) {
        String body = String.format("34010219800101%03d", n);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** A 困难职工 household of the given type (in 档, 一户一档). */
    public static RecipientDraft hardshipWorker(String idNumber, String name, HardshipType type, FileStatus status) {
        RecipientDraft d = TestApp.hardshipWorker(idNumber, name);
        HardshipFile f = d.hardshipFile();
        HardshipFile typed = new HardshipFile(null, null, f.fileNumber(), type, status,
                status == FileStatus.PHASING_OUT ? LocalDate.now().plusMonths(6) : null, f.mainCause(),
                f.secondaryCauses(), f.profile(), f.income(), f.bankAccount(), f.pairedCadre(), null, f.filedBy(),
                null, f.filedOn());
        return new RecipientDraft(null, d.idNumber(), d.name(), null, null, d.phone(), d.employer(), d.address(),
                d.category(), null, null, typed, d.family(), "建档");
    }

    public static long openCampaign(AppContext app) {
        return app.campaigns().save(thisSeason());
    }
}
