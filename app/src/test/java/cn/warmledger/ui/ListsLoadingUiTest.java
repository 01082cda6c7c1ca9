package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import cn.warmledger.TestApp;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.home.HomeViewModel;
import cn.warmledger.ui.common.ScriptedTaskRunner;
import cn.warmledger.ui.recipients.RecipientsView;
import cn.warmledger.ui.recipients.RecipientsViewModel;
import cn.warmledger.ui.visits.VisitsView;
import cn.warmledger.ui.visits.VisitsViewModel;

/**
 * The register and the visits list while their first load is still running (held here, as a slow disk would):
 * they say 正在加载…, never their empty state, until the rows are in (issue 15 point 9).
 */
@ExtendWith(ApplicationExtension.class)
class ListsLoadingUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    final ScriptedTaskRunner slow = new ScriptedTaskRunner(Set.of("recipients-search", "visits-search"), Map.of());

    @Start
    void start(Stage stage) {
        app = TestApp.open(dir.resolve("t" + System.nanoTime()));
        RecipientsView register = new RecipientsView(new RecipientsViewModel(app.recipients(), app.organizations(),
                slow, false), new Dialogs(), id -> { });
        VisitsView visits = new VisitsView(new VisitsViewModel(app.visits(), app.campaigns(), app.organizations(), slow),
                new Dialogs(), new VisitsView.Actions() {
                    @Override
                    public void record() {
                    }

                    @Override
                    public void edit(VisitSummary row) {
                    }

                    @Override
                    public void batch() {
                    }

                    @Override
                    public void duplicates() {
                    }

                    @Override
                    public void importVisits() {
                    }
                });
        stage.setScene(new Scene(new HBox(register.root(), visits.root()), 1366, 768));
        stage.show();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void bothListsSayLoadingUntilTheFirstLoadIsDoneThenTheirEmptyState(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> register = robot.lookup("#recipientTable").queryTableView();
        TableView<?> visits = robot.lookup("#visitsTable").queryTableView();
        assertThat(placeholder(register)).isEqualTo("正在加载……");
        assertThat(placeholder(visits)).isEqualTo("正在加载……");
        assertThat(robot.lookup("没有符合条件的慰问对象").tryQuery()).isEmpty();
        assertThat(robot.lookup("没有符合条件的慰问记录").tryQuery()).isEmpty();

        robot.interact(slow::release);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(placeholder(register)).isEqualTo("没有符合条件的慰问对象");
        assertThat(placeholder(visits)).isEqualTo("没有符合条件的慰问记录");
        assertThat(robot.lookup("正在加载……").tryQuery()).isEmpty();
    }

    @Test
    void theHomePageSaysLoadingNotNoCampaignUntilItsFiguresAreIn() {
        ScriptedTaskRunner held = new ScriptedTaskRunner(Set.of("dashboard"), Map.of());
        HomeViewModel home = new HomeViewModel(app.dashboard(), app.campaigns(), held);
        home.reload();
        assertThat(home.emptyTextProperty().get()).isEqualTo("正在加载……");
        held.release();
        assertThat(home.emptyTextProperty().get()).contains("还没有活动");
    }

    private static String placeholder(TableView<?> table) {
        return ((Label) table.getPlaceholder()).getText();
    }
}
