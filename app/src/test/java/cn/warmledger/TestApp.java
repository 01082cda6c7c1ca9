package cn.warmledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.testing.TestDatabases;

/** A real data folder (H2 file, or PostgreSQL on the suites' second run) set up as a township would be, for service, CLI and UI tests. */
public final class TestApp {
    private TestApp() {
    }

    public static AppContext open(Path dir) {
        return open(dir, null);
    }

    /**
     * The same, encrypted with {@code password} when the folder is new; on the suites' PostgreSQL run
     * ({@link TestDatabases}) the folder's database on the test cluster instead.
     */
    public static AppContext open(Path dir, cn.warmledger.domain.DatabasePassword password) {
        AppContext ctx = TestDatabases.openApp(new AppPaths(dir), password, new cn.warmledger.service.outbox.Transports(),
                java.time.Clock.systemDefaultZone());
        if (!ctx.setup().isSetUp()) {
            ctx.setup().complete(new SetupService.Setup("城关镇总工会", "340102001", "某某县总工会", "张干事",
                    new BigDecimal("650")));
        }
        return ctx;
    }

    /** The recipient's row version as it is now: what a form or list would have loaded (optimistic locking). */
    public static int version(cn.warmledger.service.recipients.RecipientService recipients, long id) {
        return recipients.details(id).orElseThrow().recipient().version();
    }

    public static int version(cn.warmledger.service.visits.VisitService visits, long id) {
        return visits.find(id).orElseThrow().version();
    }

    public static RecipientDraft modelWorker(String idNumber, String name) {
        return new RecipientDraft(null, idNumber, name, null, null, "13905512345", "合肥热电集团", null,
                RecipientCategory.MODEL_WORKER, null, null, null, null, null);
    }

    public static HardshipFile deepFile() {
        return new HardshipFile(null, null, "JD-001", HardshipType.DEEP, FileStatus.ACTIVE, null,
                HardshipCause.SERIOUS_ILLNESS, List.of(HardshipCause.SCHOOLING), null,
                new HardshipFile.Income(new BigDecimal("800.00"), new BigDecimal("24000.00"), new BigDecimal("6000.00"),
                        3, new BigDecimal("500.00")),
                new HardshipFile.BankAccount("徽商银行", "6228480012345678901"), "王书记", null, "张干事", null, null);
    }

    public static RecipientDraft hardshipWorker(String idNumber, String name) {
        return new RecipientDraft(null, idNumber, name, null, null, "0551-62345678", "皖维集团", "城关镇幸福路 8 号",
                RecipientCategory.HARDSHIP_WORKER, null, null, deepFile(),
                List.of(new FamilyMember(null, "韩小雨", "女儿", Gender.FEMALE, null, null, "健康", null, null,
                        "城关小学")), "建档");
    }
}
