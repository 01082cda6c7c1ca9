package cn.warmledger.ui.recipients;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSort;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDraft;
import cn.warmledger.ui.common.TaskRunner;

/** The register holds a page at a time, yet shows the true count and reaches every row, in the database's order. */
public class RegisterPagingTest {
    public static final int PEOPLE = 450;
    @TempDir
    Path dir;
    AppContext app;

    @BeforeEach
    void open() {
        app = TestApp.open(dir);
        app.recipients().saveAll(people(PEOPLE), i -> { });
    }

    @AfterEach
    void close() {
        app.close();
    }

    /** 甲000 … 甲449, saved in that order; phones 1380000xxxx; 身份证号 340102 19900101 xxx. */
    public static List<RecipientDraft> people(int n) {
        List<RecipientDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = IdNumber.withCheckChar("34010219900101" + String.format("%03d", i)).value();
            RecipientDraft d = TestApp.modelWorker(id, "甲" + String.format("%03d", i));
            drafts.add(new RecipientDraft(null, d.idNumber(), d.name(), null, null, "1380000" + String.format("%04d", i),
                    i % 2 == 0 ? "县环卫所" : "县人民医院", null, d.category(), null, null, null, null, null));
        }
        return drafts;
    }

    @Test
    void theFirstPageCarriesTheTrueCountAndLoadingMoreReachesTheLastRow() {
        RecipientsViewModel vm = new RecipientsViewModel(app.recipients(), app.organizations(), TaskRunner.direct(),
                false, Duration.ZERO);
        vm.reload();
        assertThat(vm.rows()).hasSize(RecipientsViewModel.PAGE);
        assertThat(vm.totalProperty().get()).isEqualTo(PEOPLE);
        assertThat(vm.rowCountTextProperty().get()).isEqualTo("共 450 人");
        assertThat(vm.rows().get(0).name()).as("newest first").isEqualTo("甲449");
        vm.loadMore();
        assertThat(vm.rows()).hasSize(2 * RecipientsViewModel.PAGE);
        vm.loadMore();
        vm.loadMore();
        assertThat(vm.rows()).hasSize(PEOPLE);
        assertThat(vm.rows().get(PEOPLE - 1).name()).isEqualTo("甲000");
        assertThat(vm.rows()).extracting(RecipientSummary::id).doesNotHaveDuplicates();
        assertThat(vm.rowCountTextProperty().get()).isEqualTo("共 450 人");
    }

    @Test
    void aSearchCountsEveryMatchAndASortedRegisterPagesInTheDatabasesOrder() {
        RecipientsViewModel vm = new RecipientsViewModel(app.recipients(), app.organizations(), TaskRunner.direct(),
                false, Duration.ZERO);
        vm.searchTextProperty().set("县环卫");
        assertThat(vm.totalProperty().get()).isEqualTo(225);
        assertThat(vm.rows()).hasSize(RecipientsViewModel.PAGE);
        vm.searchTextProperty().set("138000001");
        assertThat(vm.totalProperty().get()).as("phones 1380000 01xx").isEqualTo(100);
        assertThat(vm.rows()).hasSize(100);
        vm.searchTextProperty().set("3401021990010104");
        assertThat(vm.rows()).extracting(RecipientSummary::name).containsExactly("甲049", "甲048", "甲047", "甲046",
                "甲045", "甲044", "甲043", "甲042", "甲041", "甲040");
        vm.searchTextProperty().set("");
        vm.sortBy(RecipientSort.NAME, false);
        vm.loadMore();
        vm.loadMore();
        List<String> names = vm.rows().stream().map(RecipientSummary::name).toList();
        assertThat(names).hasSize(PEOPLE).isSorted().startsWith("甲000");
        vm.sortBy(RecipientSort.NAME, true);
        assertThat(vm.rows().get(0).name()).isEqualTo("甲449");
        assertThat(vm.totalProperty().get()).isEqualTo(PEOPLE);
    }

    @Test
    void aPageOfTheServiceIsThatSliceOfTheWholeResult() {
        RecipientQuery all = RecipientQuery.all().sortedBy(RecipientSort.EMPLOYER, false);
        List<RecipientSummary> whole = app.recipients().search(all);
        var page = app.recipients().page(all.page(300, 100));
        assertThat(page.total()).isEqualTo(PEOPLE);
        assertThat(page.rows()).isEqualTo(whole.subList(300, 400));
        assertThat(page.hasMore()).isTrue();
        assertThat(app.recipients().page(all.page(400, 100)).hasMore()).isFalse();
    }

    @Test
    void aNumberCommonToThousandsIsCountedAndPagedNewestFirst() {
        List<RecipientDraft> more = new ArrayList<>();
        for (int i = 0; i < 1_700; i++) {
            String id = IdNumber.withCheckChar("34010219910101" + String.format("%03d", i % 1000)).value();
            more.add(TestApp.modelWorker(i < 1000 ? id : IdNumber.withCheckChar("34010219920101"
                    + String.format("%03d", i - 1000)).value(), "乙" + i));
        }
        List<Long> ids = new ArrayList<>(app.recipients().saveAll(more, done -> { }));
        java.util.Collections.reverse(ids);
        var first = app.recipients().page(RecipientQuery.all().withText("340102").page(0, 200));
        assertThat(first.total()).isEqualTo(PEOPLE + 1_700);
        assertThat(first.rows()).hasSize(200).extracting(RecipientSummary::id)
                .containsExactlyElementsOf(ids.subList(0, 200));
        var last = app.recipients().page(RecipientQuery.all().withText("340102").page(2_100, 200));
        assertThat(last.rows()).hasSize(50).extracting(RecipientSummary::name).endsWith("甲000");
        assertThat(last.hasMore()).isFalse();
    }
}
