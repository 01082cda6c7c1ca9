package cn.warmledger.ui.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSort;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.ui.common.ScriptedTaskRunner;
import cn.warmledger.ui.common.TaskRunner;

/**
 * The paged register's edges: the 显示完整号码 entry counts every match, a scroll while a search is on its way neither
 * skips nor repeats rows, numbers matched anywhere are found by a page, and % _ \ typed are matched as themselves.
 */
class RegisterPagingReviewTest {
    static final int PEOPLE = 500;
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        app.recipients().saveAll(RegisterPagingTest.people(PEOPLE), i -> { });
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<AuditEntry> shownFull() {
        return app.audit().list(new AuditQuery(null, null, AuditAction.SHOW_FULL, null, 10));
    }

    @Test
    void showingFullNumbersLogsEveryMatchTheClerkCanScrollTo() {
        RecipientsViewModel vm = new RecipientsViewModel(app.recipients(), app.organizations(), TaskRunner.direct(),
                false, Duration.ZERO);
        vm.reload();
        assertThat(vm.rows()).hasSize(RecipientsViewModel.PAGE);
        vm.showFullNumbersProperty().set(true);
        assertThat(shownFull()).singleElement().extracting(AuditEntry::summary)
                .isEqualTo("显示完整身份证号和电话（500 行）");
        vm.showFullNumbersProperty().set(false);
        vm.searchTextProperty().set("县环卫所");
        vm.showFullNumbersProperty().set(true);
        assertThat(shownFull()).hasSize(2).first().extracting(AuditEntry::summary)
                .isEqualTo("显示完整身份证号和电话（250 行）");
    }

    @Test
    void scrollingWhileANewSearchIsOnItsWayNeitherSkipsNorRepeatsRows() {
        ScriptedTaskRunner slow = new ScriptedTaskRunner(Set.of("recipients-search", "recipients-more"), Map.of());
        RecipientsViewModel vm = new RecipientsViewModel(app.recipients(), app.organizations(), slow, false,
                Duration.ZERO);
        vm.reload();
        slow.release();
        vm.loadMore();
        slow.release();
        assertThat(vm.rows()).as("the whole register, two pages loaded").hasSize(2 * RecipientsViewModel.PAGE);

        vm.searchTextProperty().set("甲");
        vm.loadMore(); // the clerk scrolls on before the new search's first page is back
        slow.release();
        for (int i = 0; i < 5; i++) {
            vm.loadMore();
            slow.release();
        }
        List<Long> expected = app.recipients().search(RecipientQuery.all().withText("甲")).stream()
                .map(RecipientSummary::id).toList();
        assertThat(expected).hasSize(PEOPLE);
        assertThat(vm.rows()).extracting(RecipientSummary::id).containsExactlyElementsOf(expected);
    }

    @Test
    void aPageOfNumbersMatchedAnywhereFindsTheMiddleOfTheNumber() {
        // the birth date 19900101 sits in the middle of every 身份证号
        var page = app.recipients().page(RecipientQuery.all().withText("19900101").matchingNumbersAnywhere().page(0, 50));
        assertThat(page.total()).isEqualTo(PEOPLE);
        assertThat(page.rows()).hasSize(50).first().extracting(RecipientSummary::name).isEqualTo("甲499");
        var phones = app.recipients().page(RecipientQuery.all().withText("00000049").matchingNumbersAnywhere().page(0, 50));
        assertThat(phones.rows()).extracting(RecipientSummary::name).containsExactly("甲049");
        assertThat(app.recipients().page(RecipientQuery.all().withText("19900101").page(0, 50)).total())
                .as("the register's search: the start of a number only").isZero();
    }

    @Test
    void aNumberPageIsThatSliceOfTheWholeResultWhetherIdOrPhoneMatched() {
        List<RecipientDraft> more = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            more.add(TestApp.modelWorker(IdNumber.withCheckChar("13800019800101" + (200 + i)).value(), "戊" + i));
        }
        app.recipients().saveAll(more, i -> { });
        for (String typed : List.of("1", "138", "1380001", "13800001", "3401021990010104", "9")) {
            RecipientQuery q = RecipientQuery.all().withText(typed);
            List<RecipientSummary> whole = app.recipients().search(q);
            for (int from : List.of(0, 200, 400, 600)) {
                var page = app.recipients().page(q.page(from, 200));
                assertThat(page.total()).as("%s total", typed).isEqualTo(whole.size());
                assertThat(page.rows()).as("%s from %d", typed, from)
                        .isEqualTo(whole.subList(Math.min(from, whole.size()), Math.min(from + 200, whole.size())));
            }
        }
    }

    @Test
    void percentUnderscoreAndBackslashTypedAreMatchedAsThemselves() {
        List<RecipientDraft> odd = new ArrayList<>();
        String[] employers = {"丙%丁厂", "丙_丁厂", "丙\\丁厂", "丙戊丁厂", "丙丁厂", "丙!丁厂"};
        for (int i = 0; i < employers.length; i++) {
            RecipientDraft d = TestApp.modelWorker(IdNumber.withCheckChar("11010119800101" + (100 + i)).value(), "丁" + i);
            odd.add(new RecipientDraft(null, d.idNumber(), d.name(), null, null, null, employers[i], null,
                    d.category(), null, null, null, null, null));
        }
        app.recipients().saveAll(odd, i -> { });
        for (int i = 0; i < employers.length; i++) {
            String typed = employers[i].substring(0, 3);
            RecipientQuery plain = RecipientQuery.all().withText(typed).page(0, 50);
            assertThat(app.recipients().page(plain).rows()).as("plain search %s", typed)
                    .extracting(RecipientSummary::employer).containsExactly(employers[i]);
            RecipientQuery filtered = plain.sortedBy(RecipientSort.NAME, false);
            assertThat(app.recipients().page(filtered).rows()).as("sorted search %s", typed)
                    .extracting(RecipientSummary::employer).containsExactly(employers[i]);
            RecipientQuery byCategory = new RecipientQuery(typed, RecipientCategory.MODEL_WORKER, null, null, null,
                    false, 50);
            assertThat(app.recipients().page(byCategory).rows()).as("filtered search %s", typed)
                    .extracting(RecipientSummary::employer).containsExactly(employers[i]);
            assertThat(app.recipients().search(plain.matchingNumbersAnywhere())).as("visit chooser %s", typed)
                    .extracting(RecipientSummary::employer).containsExactly(employers[i]);
        }
        assertThat(app.recipients().page(RecipientQuery.all().withText("1380000%").page(0, 50)).total())
                .as("a wildcard after a number is text, not a prefix").isZero();
        assertThat(app.recipients().page(RecipientQuery.all().withText("138000_").page(0, 50)).total()).isZero();
    }
}
