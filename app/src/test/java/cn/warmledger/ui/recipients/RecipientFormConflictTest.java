package cn.warmledger.ui.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.warmledger.TwoClerks;
import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.HardshipType;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.TaskRunner;

/**
 * The form of each of two PCs on one database: both load the household, A saves, B saves → B's form shows who and
 * when and still holds everything B typed; A's values are what is stored. A save after loading again goes in.
 */
class RecipientFormConflictTest extends TwoClerks {
    long id;

    @BeforeEach
    void open() {
        id = a.recipients().save(TestApp.hardshipWorker(TestIds.MALE_1980, "韩雷"));
    }

    private RecipientFormViewModel form(AppContext app) {
        RecipientFormViewModel vm = new RecipientFormViewModel(app.recipients(), TaskRunner.direct(), Optional.empty());
        vm.load(app.recipients().details(id).orElseThrow());
        return vm;
    }

    @Test
    void theSecondFormIsRefusedAndKeepsWhatItsClerkTyped() {
        RecipientFormViewModel formA = form(a);
        RecipientFormViewModel formB = form(b);
        formA.phone.set("13905510001");
        formA.file.hardshipType.set(HardshipType.RELATIVE);
        formB.phone.set("13905510002");
        formB.address.set("城关镇幸福路 18 号");
        formB.file.householdAnnualIncome.set("30000");

        List<Long> saved = new ArrayList<>();
        formA.save(saved::add);
        formB.save(saved::add);

        assertThat(saved).containsExactly(id);
        assertThat(formB.saveErrorProperty().get()).matches("已被 张三 于 \\d\\d:\\d\\d 修改，请刷新后再改");
        assertThat(formB.phone.get()).isEqualTo("13905510002");
        assertThat(formB.address.get()).isEqualTo("城关镇幸福路 18 号");
        assertThat(formB.file.householdAnnualIncome.get()).isEqualTo("30000");
        var stored = b.recipients().details(id).orElseThrow();
        assertThat(stored.recipient().phone()).isEqualTo("13905510001");
        assertThat(stored.recipient().address()).isEqualTo("城关镇幸福路 8 号");
        assertThat(stored.hardshipFile().orElseThrow().hardshipType()).isEqualTo(HardshipType.RELATIVE);
        assertThat(stored.hardshipFile().orElseThrow().income().householdAnnualIncome()).isEqualByComparingTo("24000");

        // A's form saves again (its version followed its own save); B's, loaded afresh, goes in after it
        formA.phone.set("13905510003");
        formA.save(saved::add);
        assertThat(formA.saveErrorProperty().get()).isNull();
        RecipientFormViewModel again = form(b);
        again.address.set("城关镇幸福路 18 号");
        again.save(saved::add);
        assertThat(again.saveErrorProperty().get()).isNull();
        assertThat(a.recipients().details(id).orElseThrow().recipient().address()).isEqualTo("城关镇幸福路 18 号");
        assertThat(a.recipients().details(id).orElseThrow().recipient().phone()).isEqualTo("13905510003");
    }
}
