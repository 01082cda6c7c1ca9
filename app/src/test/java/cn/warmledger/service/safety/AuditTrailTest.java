package cn.warmledger.service.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.recipients.RecipientDraft;

/** Every insert, update and delete of recipients, hardship files and family members is in the 操作日志. */
class AuditTrailTest {
    @TempDir
    Path dir;

    @Test
    void eachKindOfChangeIsLoggedWithWhoBeforeAndAfter() {
        try (AppContext app = TestApp.open(dir)) {
            long id = app.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
            List<AuditEntry> created = entries(app);
            assertThat(created).extracting(e -> e.entity() + ":" + e.action())
                    .containsExactly("family_member:INSERT", "hardship_file:INSERT", "recipient:INSERT");
            AuditEntry insert = created.get(2);
            assertThat(insert.operator()).isEqualTo("张干事");
            assertThat(insert.entityId()).isEqualTo(String.valueOf(id));
            assertThat(insert.before()).isNull();
            assertThat(insert.after()).contains("\"name\":\"韩雷\"").contains(TestIds.MALE_1980)
                    .contains("\"category\":\"HARDSHIP_WORKER\"");
            assertThat(created.get(0).after()).contains("韩小雨").contains("女儿");

            // edit: new phone, file exits, family gains a member
            RecipientDetails d = app.recipients().details(id).orElseThrow();
            HardshipFile f = d.hardshipFile().orElseThrow();
            HardshipFile exited = new HardshipFile(f.id(), f.recipientId(), f.fileNumber(), f.hardshipType(),
                    FileStatus.EXITED, null, f.mainCause(), f.secondaryCauses(), f.profile(), f.income(),
                    f.bankAccount(), f.pairedCadre(), f.pairedCadrePhone(), f.filedBy(), f.reviewedBy(), f.filedOn());
            List<FamilyMember> family = new java.util.ArrayList<>(d.family());
            family.add(new FamilyMember(null, "韩大山", "父亲", Gender.MALE, null, null, "慢性病", null, null, null));
            RecipientDraft edit = new RecipientDraft(id, TestIds.MALE_1980, "韩雷", null, null, "13905519999",
                    "皖维集团", "城关镇幸福路 8 号", d.recipient().category(), null, null, exited, family, "脱困");
            app.recipients().save(edit);
            List<AuditEntry> afterEdit = entries(app);
            assertThat(afterEdit).extracting(e -> e.entity() + ":" + e.action()).startsWith(
                    "family_member:UPDATE", "hardship_file:UPDATE", "recipient:UPDATE");
            assertThat(afterEdit.get(2).before()).contains("0551-62345678");
            assertThat(afterEdit.get(2).after()).contains("13905519999");
            assertThat(afterEdit.get(1).before()).contains("\"status\":\"ACTIVE\"");
            assertThat(afterEdit.get(1).after()).contains("\"status\":\"EXITED\"");
            assertThat(afterEdit.get(0).after()).contains("韩大山");

            // family emptied, then recipient deleted and restored
            app.recipients().save(asLoaded(app, id, exited));
            assertThat(entries(app).stream().filter(e -> e.entity().equals("family_member")).findFirst().orElseThrow()
                    .action()).isEqualTo(AuditAction.DELETE);
            app.recipients().delete(id, TestApp.version(app.recipients(), id));
            app.recipients().restore(id, TestApp.version(app.recipients(), id));
            List<AuditEntry> last = entries(app);
            assertThat(last.get(0).action()).isEqualTo(AuditAction.RESTORE);
            assertThat(last.get(1).action()).isEqualTo(AuditAction.DELETE);
            assertThat(last.get(1).before()).contains("\"deletedAt\":null");
            assertThat(last.get(1).after()).doesNotContain("\"deletedAt\":null");

            // a save that changes nothing in the family does not log the family
            int before = entries(app).size();
            app.recipients().save(asLoaded(app, id, exited));
            assertThat(entries(app).subList(0, entries(app).size() - before))
                    .extracting(AuditEntry::entity).doesNotContain("family_member");
        }
    }

    /** The family emptied, with the versions a form would hold after loading the recipient now. */
    private static RecipientDraft asLoaded(AppContext app, long id, HardshipFile exited) {
        RecipientDetails loaded = app.recipients().details(id).orElseThrow();
        return new RecipientDraft(id, TestIds.MALE_1980, "韩雷", null, null, "13905519999", "皖维集团", null,
                loaded.recipient().category(), null, null,
                exited.withVersion(loaded.hardshipFile().orElseThrow().version()), List.of(), null,
                loaded.recipient().version());
    }

    @Test
    void showingFullNumbersAndSigningInAreLoggedAndFiltersWork() {
        try (AppContext app = TestApp.open(dir)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
            app.audit().signIn("李会计");
            app.recipients().fullNumbersShown(7);
            AuditEntry shown = entries(app).get(0);
            assertThat(shown.action()).isEqualTo(AuditAction.SHOW_FULL);
            assertThat(shown.operator()).isEqualTo("李会计");
            assertThat(shown.summary()).contains("7 行");
            assertThat(app.audit().knownOperators()).contains("李会计");
            assertThat(app.audit().list(new AuditQuery(null, null, AuditAction.SIGN_IN, null, 100))).hasSize(1);
            assertThat(app.audit().list(new AuditQuery(null, "recipient", null, "张", 100))).hasSize(1);
            assertThat(app.audit().list(AuditQuery.all().withSince(java.time.LocalDate.now().plusDays(1)))).isEmpty();
        }
    }

    /** The log without the settings that first run wrote. */
    private static List<AuditEntry> entries(AppContext app) {
        return app.audit().list(AuditQuery.all()).stream().filter(e -> !e.entity().equals("setting")).toList();
    }

    @Test
    void firstRunSettingsAreLoggedWithTheirValues() {
        try (AppContext app = TestApp.open(dir)) {
            List<AuditEntry> settings = app.audit().list(new AuditQuery(null, "setting", null, null, 100));
            assertThat(settings).extracting(AuditEntry::entityId)
                    .contains("org.code", "org.name", "operator.name", "hardship.minimumLivingStandard");
            assertThat(settings).filteredOn(e -> e.entityId().equals("org.name")).singleElement()
                    .satisfies(e -> {
                        assertThat(e.action()).isEqualTo(AuditAction.INSERT);
                        assertThat(e.after()).isEqualTo("城关镇总工会");
                    });
        }
    }
}
