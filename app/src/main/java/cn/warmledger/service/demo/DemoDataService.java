package cn.warmledger.service.demo;

import java.math.BigDecimal;
import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.service.AppContext;
import cn.warmledger.service.AppPaths;
import cn.warmledger.service.RecipientDraft;
import cn.warmledger.service.SetupService;

/**
 * The demo data folder a newcomer can try every screen in: beside the real data folder
 * ({@code <data folder>-demo}), never inside it, filled on first use with made-up but realistic
 * recipients (valid 身份证号) through the same services and checks as real input.
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
        for (RecipientDraft draft : DemoRecipients.drafts(unitId, Messages.get("demo.operatorName"))) {
            demo.recipients().save(draft);
        }
    }
}
