package cn.warmledger.service.recipients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipCause;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;

class RecipientServiceTest {
    @TempDir
    Path dir;
    AppContext app;
    RecipientService recipients;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        recipients = app.recipients();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void savesAHardshipWorkerWithFileFamilyAndStatusHistoryAndReadsItBackAfterReopening() {
        long id = recipients.save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        app.close();
        app = TestApp.open(dir);

        RecipientDetails d = app.recipients().details(id).orElseThrow();
        assertThat(d.recipient().name()).isEqualTo("韩雷");
        assertThat(d.recipient().gender()).isEqualTo(Gender.MALE);
        assertThat(d.recipient().birthDate()).hasToString("1980-01-01");
        HardshipFile f = d.hardshipFile().orElseThrow();
        assertThat(f.hardshipType()).isEqualTo(HardshipType.DEEP);
        assertThat(f.mainCause()).isEqualTo(HardshipCause.SERIOUS_ILLNESS);
        assertThat(f.secondaryCauses()).containsExactly(HardshipCause.SCHOOLING);
        assertThat(f.income().householdAnnualIncome()).isEqualByComparingTo("24000.00");
        assertThat(f.bankAccount().masked()).isEqualTo("6228 **** **** 8901");
        assertThat(d.family()).extracting(m -> m.name()).containsExactly("韩小雨");
        assertThat(d.statusHistory()).hasSize(1);
        assertThat(d.statusHistory().get(0).status()).isEqualTo(FileStatus.ACTIVE);
        assertThat(d.statusHistory().get(0).recordedBy()).isEqualTo("张干事");
    }

    @Test
    void aStatusChangeIsAddedToTheDatedHistoryWithItsReason() {
        long id = recipients.save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        HardshipFile f = recipients.details(id).orElseThrow().hardshipFile().orElseThrow();
        HardshipFile exited = new HardshipFile(null, null, f.fileNumber(), f.hardshipType(), FileStatus.EXITED, null,
                f.mainCause(), f.secondaryCauses(), f.profile(), f.income(), f.bankAccount(), f.pairedCadre(), null,
                f.filedBy(), null, f.filedOn());
        var d = TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷");
        recipients.save(new RecipientDraft(id, d.idNumber(), d.name(), null, null, d.phone(), d.employer(), d.address(),
                d.category(), null, null, exited, d.family(), "家庭收入稳定超过标准"));
        var history = recipients.details(id).orElseThrow().statusHistory();
        assertThat(history).extracting(h -> h.status()).containsExactly(FileStatus.ACTIVE, FileStatus.EXITED);
        assertThat(history.get(1).reason()).isEqualTo("家庭收入稳定超过标准");
    }

    @Test
    void refusesASecondRecipientWithTheSameIdNumberAndNamesTheFirst() {
        recipients.save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        assertThatThrownBy(() -> recipients.save(TestApp.modelWorker(" 340102 198506152347 ", "汪慧珍")))
                .isInstanceOf(DuplicateRecipientException.class)
                .hasMessageContaining("汪惠珍")
                .hasMessageContaining("340102********2347");
        assertThat(recipients.count()).isEqualTo(1);
    }

    @Test
    void refusesAnInvalidIdNumberAndWritesNothing() {
        assertThatThrownBy(() -> recipients.save(TestApp.modelWorker("340102198001011232", "某人")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("校验位");
        assertThat(recipients.count()).isZero();
    }

    @Test
    void refusesAGenderThatContradictsTheIdNumber() {
        var d = TestApp.modelWorker(TestIds.MALE_1980, "某人");
        var wrong = new RecipientDraft(null, d.idNumber(), d.name(), Gender.FEMALE, null, null, null, null,
                d.category(), null, null, null, null, null);
        assertThatThrownBy(() -> recipients.save(wrong)).hasMessageContaining("性别").hasMessageContaining("男");
    }

    @Test
    void aHardshipWorkerNeedsATypeAndAFailureInsideTheTransactionLeavesNoHalfRecipient() {
        var noFile = new RecipientDraft(null, TestIds.MALE_1990, "李四", null, null, null, null, null,
                RecipientCategory.HARDSHIP_WORKER, null, null, null, null, null);
        assertThatThrownBy(() -> recipients.save(noFile)).hasMessageContaining("困难类型");

        // A family member with a bad 身份证号 fails after the recipient row was inserted: all rolled back.
        var d = TestApp.hardshipWorker(TestIds.MALE_1990, "李四");
        var badFamily = new RecipientDraft(null, d.idNumber(), d.name(), null, null, null, null, null, d.category(),
                null, null, d.hardshipFile(), java.util.List.of(new cn.warmledger.domain.FamilyMember(null, "李小",
                "儿子", null, "340102199003083453", null, null, null, null, null)), null);
        assertThatThrownBy(() -> recipients.save(badFamily)).hasMessageContaining("身份证号");
        assertThat(recipients.count()).isZero();
    }

    @Test
    void searchMatchesNameIdNumberPhoneAndEmployerAndFiltersByCategoryTypeAndStatus() {
        recipients.save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
        recipients.save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        recipients.save(TestApp.modelWorker(TestIds.MALE_1962, "陈陆"));

        assertThat(names(RecipientQuery.all().withText("汪"))).containsExactly("汪惠珍");
        // a number matches the start of the 身份证号 or the phone (served by their indexes), a name any part
        assertThat(names(RecipientQuery.all().withText("3401021962"))).containsExactly("陈陆");
        assertThat(names(RecipientQuery.all().withText("３４０１０２１９６２"))).as("full-width digits").containsExactly("陈陆");
        assertThat(names(RecipientQuery.all().withText("19620101"))).as("not the middle of a number").isEmpty();
        assertThat(names(RecipientQuery.all().withText("皖维"))).containsExactly("韩雷");
        assertThat(names(RecipientQuery.all().withText("惠"))).containsExactly("汪惠珍");
        assertThat(names(RecipientQuery.all().withText("0551-6234"))).containsExactly("韩雷");
        assertThat(names(RecipientQuery.all().withText("1390551"))).containsExactlyInAnyOrder("汪惠珍", "陈陆");
        assertThat(names(RecipientQuery.all().withText("340102"))).containsExactly("陈陆", "汪惠珍", "韩雷");
        assertThat(names(new RecipientQuery(null, RecipientCategory.MODEL_WORKER, null, null, null, false, 100)))
                .containsExactlyInAnyOrder("汪惠珍", "陈陆");
        assertThat(names(new RecipientQuery(null, null, HardshipType.DEEP, FileStatus.ACTIVE, null, false, 100)))
                .containsExactly("韩雷");
        assertThat(names(new RecipientQuery(null, null, HardshipType.RELATIVE, null, null, false, 100))).isEmpty();
    }

    @Test
    void deleteIsSoftAndTheRecycleBinRestores() {
        long id = recipients.save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        recipients.delete(id, TestApp.version(recipients, id));
        assertThat(names(RecipientQuery.all())).isEmpty();
        assertThat(names(RecipientQuery.recycleBin())).containsExactly("汪惠珍");
        assertThatThrownBy(() -> recipients.save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍")))
                .hasMessageContaining("回收站");
        recipients.restore(id, TestApp.version(recipients, id));
        assertThat(names(RecipientQuery.all())).containsExactly("汪惠珍");
        assertThat(names(RecipientQuery.recycleBin())).isEmpty();
    }

    private java.util.List<String> names(RecipientQuery q) {
        return recipients.search(q).stream().map(RecipientSummary::name).toList();
    }
}
