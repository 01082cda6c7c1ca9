package cn.warmledger.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestIds;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.service.visits.VisitDraft;
import cn.warmledger.ui.audit.AuditDiff.FieldChange;
import cn.warmledger.ui.audit.AuditRows.AuditRow;
import cn.warmledger.ui.common.TaskRunner;

/** The 操作日志 on a real H2 folder: entries read in Chinese, name the person, and list only what changed. */
class AuditLogViewModelTest {
    private static final LocalDate JAN_10 = LocalDate.of(2021, 1, 10);

    @TempDir
    Path dir;
    AppContext app;
    long campaign;
    long person;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        campaign = app.campaigns().save(TestCampaigns.springFestival());
        person = app.recipients().save(TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP,
                FileStatus.ACTIVE));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private AuditLogViewModel loaded() {
        AuditLogViewModel vm = new AuditLogViewModel(app.audit(), AuditLookups.of(app.recipients(), app.campaigns(), app.serviceTallies()), TaskRunner.direct());
        assertThat(vm.loadedProperty().get()).isFalse();
        vm.reload();
        assertThat(vm.loadedProperty().get()).isTrue();
        return vm;
    }

    private static AuditRow row(AuditLogViewModel vm, String entity, AuditAction action) {
        return vm.rows().stream().filter(r -> r.entry().entity().equals(entity) && r.entry().action() == action)
                .findFirst().orElseThrow();
    }

    @Test
    void anEditedRecipientReadsByNameAndMaskedIdWithOnlyTheChangedFields() {
        RecipientDraft d = TestCampaigns.hardshipWorker(TestIds.MALE_1980, "韩雷", HardshipType.DEEP, FileStatus.ACTIVE);
        app.recipients().save(new RecipientDraft(person, d.idNumber(), d.name(), null, null, "13905519999",
                d.employer(), "城关镇幸福路 9 号", d.category(), null, null, d.hardshipFile(), d.family(), null));

        AuditLogViewModel vm = loaded();
        AuditRow edit = row(vm, AuditTrail.RECIPIENT, AuditAction.UPDATE);
        assertThat(edit.entityLabel()).isEqualTo("慰问对象");
        assertThat(edit.actionLabel()).isEqualTo("修改");
        assertThat(edit.subject()).isEqualTo("韩雷（340102********1231）");
        assertThat(edit.summary()).isEqualTo("修改了联系电话、家庭住址");
        vm.selected.set(edit);
        // the phone numbers stay masked as in the register; nothing unchanged is listed
        assertThat(vm.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("联系电话", "055******5678", "139****9999"),
                        tuple("家庭住址", "城关镇幸福路 8 号", "城关镇幸福路 9 号"));
        assertThat(vm.detailProperty().get()).contains("13905519999");

        AuditRow insert = row(vm, AuditTrail.RECIPIENT, AuditAction.INSERT);
        assertThat(insert.subject()).isEqualTo("韩雷（340102********1231）");
        vm.selected.set(insert);
        assertThat(vm.changes()).extracting(FieldChange::field).contains("身份证号", "姓名", "对象类别")
                .doesNotContain("id", "编号");
        assertThat(vm.changes()).filteredOn(c -> c.field().equals("身份证号")).extracting(FieldChange::after)
                .containsExactly("340102********1231");
        assertThat(vm.changes()).filteredOn(c -> c.field().equals("对象类别")).extracting(FieldChange::before)
                .containsExactly("");

        // the 档案 names its household too, its codes as labels
        AuditRow file = row(vm, AuditTrail.HARDSHIP_FILE, AuditAction.INSERT);
        assertThat(file.entityLabel()).isEqualTo("困难职工档案");
        assertThat(file.subject()).isEqualTo("韩雷（340102********1231）");
        vm.selected.set(file);
        assertThat(vm.changes()).contains(new FieldChange("困难类型", "", "深度困难"),
                new FieldChange("银行卡号", "", "6228 **** **** 8901"));
        assertThat(row(vm, AuditTrail.FAMILY_MEMBER, AuditAction.INSERT).subject())
                .isEqualTo("韩雷（340102********1231）");
    }

    @Test
    void anEditedVisitListsItsChangedFieldsWithLabelsAndNamesThePersonAfterTheyAreDeleted() {
        long visit = app.visits().save(TestCampaigns.visit(person, campaign, JAN_10, "1000")).id();
        VisitDraft d = TestCampaigns.visit(person, campaign, JAN_10, "900");
        app.visits().save(new VisitDraft(visit, person, campaign, JAN_10, VisitForm.PHONE_CALL, d.visitors(),
                new BigDecimal("900"), d.goods(), d.goodsValue(), d.fundSource(), d.assistanceKind(), d.signed(),
                null, null));
        app.recipients().delete(person, TestApp.version(app.recipients(), person));

        AuditLogViewModel vm = loaded();
        AuditRow edit = row(vm, AuditTrail.VISIT, AuditAction.UPDATE);
        assertThat(edit.entityLabel()).isEqualTo("走访慰问");
        assertThat(edit.subject()).isEqualTo("韩雷（340102********1231） · 2021年元旦春节送温暖");
        vm.selected.set(edit);
        assertThat(vm.changes()).extracting(FieldChange::field, FieldChange::before, FieldChange::after)
                .containsExactly(tuple("慰问形式", "上门走访", "电话慰问"), tuple("慰问金", "1000.00", "900.00"));

        AuditRow insert = row(vm, AuditTrail.VISIT, AuditAction.INSERT);
        vm.selected.set(insert);
        assertThat(vm.changes()).contains(new FieldChange("慰问形式", "", "上门走访"),
                new FieldChange("困难类型", "", "深度困难"), new FieldChange("活动", "", "2021年元旦春节送温暖"));

        AuditRow deleted = row(vm, AuditTrail.RECIPIENT, AuditAction.DELETE);
        assertThat(deleted.actionLabel()).isEqualTo("删除");
        assertThat(deleted.subject()).isEqualTo("韩雷（340102********1231）");

        // the campaign by its name, the first run's settings by their Chinese label; no English anywhere
        assertThat(row(vm, AuditTrail.CAMPAIGN, AuditAction.INSERT).subject()).isEqualTo("2021年元旦春节送温暖");
        assertThat(vm.rows()).filteredOn(r -> r.entry().entity().equals(AuditTrail.SETTING))
                .extracting(AuditRow::subject).contains("本单位 名称");
        for (AuditRow r : vm.rows()) {
            List<String> texts = new java.util.ArrayList<>(List.of(r.entityLabel(), r.actionLabel(), r.subject(),
                    r.summary()));
            r.changes().orElseThrow().forEach(c -> texts.add(c.field()));
            assertThat(texts).as(r.entry().toString()).noneMatch(t -> t.matches(".*[A-Za-z].*"));
        }
    }

    @Test
    void anOldEntryWithoutAFieldAndAnUnreadableOneStillShow() {
        // written as a version without 慰问形式 would have written it; a damaged one
        app.audit().record(AuditTrail.VISIT, 99, AuditAction.UPDATE, "{\"recipientId\":" + person + ",\"cash\":500}",
                "{\"recipientId\":" + person + ",\"cash\":600,\"form\":\"HOME_VISIT\"}");
        app.audit().record(AuditTrail.CAMPAIGN, 98, AuditAction.UPDATE, "{\"name\":", null);
        AuditLogViewModel vm = loaded();
        vm.selected.set(vm.rows().get(1));
        assertThat(vm.rows().get(1).subject()).isEqualTo("韩雷（340102********1231）");
        assertThat(vm.changes()).containsExactly(new FieldChange("慰问金", "500", "600"),
                new FieldChange("慰问形式", "", "上门走访"));
        vm.selected.set(vm.rows().get(0));
        assertThat(vm.changes()).isEmpty();
        assertThat(vm.changesNoteProperty().get()).contains("详细");
        assertThat(vm.detailProperty().get()).contains("{\"name\":");
    }
}
