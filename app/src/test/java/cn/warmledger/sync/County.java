package cn.warmledger.sync;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.Organization;
import cn.warmledger.domain.OrganizationKind;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.OrganizationRepository;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.campaigns.CampaignDraft;

/** The county's data folder: 本单位 某某县总工会, three 下级单位 (the third never reports), its own campaign. */
final class County {
    static final String[][] UNITS = {
            {"340102001", "城关镇总工会", "李主席", "0551-6200001"},
            {"340102002", "城北镇总工会", "王主席", "0551-6200002"},
            {"340102003", "城南镇总工会", "赵主席", "0551-6200003"}};

    private County() {
    }

    /** Opens the county; {@code campaignName} is the county's own name for the campaign. */
    static AppContext open(Path dir, String campaignName) {
        Township.open(dir, Township.trusting(), "340102", "某某县总工会").close();
        try (Database db = Database.open(dir)) {
            OrganizationRepository orgs = new OrganizationRepository(db);
            for (String[] u : UNITS) {
                orgs.save(new Organization(null, u[0], u[1], OrganizationKind.SUBORDINATE, null, u[2], u[3]));
            }
        }
        AppContext county = Township.open(dir, Township.trusting(), "340102", "某某县总工会");
        county.campaigns().save(new CampaignDraft(null, campaignName, CampaignKind.WARMTH, LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 2, 29), new BigDecimal("100000.00"), null, null));
        return county;
    }

    static long campaign(AppContext county) {
        return county.campaigns().list().get(0).id();
    }
}
