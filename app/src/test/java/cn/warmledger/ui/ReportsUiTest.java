package cn.warmledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;

/** The 报表 screen on a real H2 file, headless: export the 送温暖统计表 and see it previewed. */
@ExtendWith(ApplicationExtension.class)
class ReportsUiTest {
    @TempDir
    static Path dir;
    AppContext app;
    ShownWindow ui;

    @Start
    void start(Stage stage) {
        Path data = dir.resolve("t" + System.nanoTime());
        TestApp.open(data).close();
        ReportFixture.load(data);
        app = TestApp.open(data);
        ui = ShownWindow.show(stage, app);
    }

    @AfterEach
    void close() {
        ui.close();
        app.close();
    }

    /** Opens 报表, presses 导出 for the preselected campaign's 送温暖统计表 and waits for its preview. */
    private static TableView<List<String>> exportWarmthStats(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#reportCampaign").queryComboBox().getValue() != null);
        robot.clickOn("#reportExport");
        @SuppressWarnings("unchecked")
        TableView<List<String>> table = robot.lookup("#reportPreview").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() > 8
                && !robot.lookup("#reportSubmit").queryButton().isDisabled());
        WaitForAsyncUtils.waitForFxEvents();
        return table;
    }

    @Test
    void exportAndPreviewTheWarmthStatistics(FxRobot robot) throws Exception {
        TableView<List<String>> table = exportWarmthStats(robot);
        assertThat(table.getItems().get(0).get(0)).isEqualTo("2024年元旦春节送温暖各级工会送温暖统计表");
        assertThat(table.getItems().get(8).get(27)).isEqualTo("0.7850");
        assertThat(robot.lookup("#reportStatus").queryAs(Label.class).getText()).startsWith("已导出");
        assertThat(robot.lookup("#reportSubmit").queryButton().isDisabled()).isFalse();
    }

    /**
     * Issue 15, point 2: the title is merged across the sheet's columns in the .xlsx; the preview shows it whole,
     * in one label as wide as the merged columns (their number read back from the exported file with POI).
     */
    @Test
    void theMergedTitleShowsWholeAcrossItsMergedColumns(FxRobot robot) throws Exception {
        TableView<List<String>> table = exportWarmthStats(robot);
        String status = robot.lookup("#reportStatus").queryAs(Label.class).getText();
        Path file = Path.of(status.substring(status.indexOf('：') + 1).strip());
        org.apache.poi.ss.util.CellRangeAddress title;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            title = book.getSheetAt(0).getMergedRegions().stream()
                    .filter(r -> r.getFirstRow() == 0 && r.getFirstColumn() == 0).findFirst().orElseThrow();
        }
        assertThat(title.getLastColumn()).isGreaterThan(5);
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        String text = table.getItems().get(0).get(0);
        Label spanned = robot.lookup("#reportPreview .merged-cell").queryAll().stream().map(Label.class::cast)
                .filter(l -> text.equals(l.getText())).findFirst().orElseThrow();
        // whole: the text it renders is its text, no "…"
        assertThat(spanned.lookupAll(".text").stream().map(t -> ((javafx.scene.text.Text) t).getText()))
                .containsExactly(text);
        // and seen: not clipped to its first column, its text starting within the visible table
        assertThat(spanned.getParent().getClip()).isNull();
        javafx.geometry.Bounds shown = spanned.lookup(".text").localToScene(spanned.lookup(".text").getBoundsInLocal());
        javafx.geometry.Bounds visible = table.localToScene(table.getBoundsInLocal());
        assertThat(shown.getMinX()).isBetween(visible.getMinX(), visible.getMaxX() - 50);
        double merged = table.getColumns().subList(title.getFirstColumn(), title.getLastColumn() + 1).stream()
                .mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        double firstColumn = table.getColumns().get(0).getWidth();
        assertThat(spanned.getWidth()).isGreaterThan(firstColumn * 2).isCloseTo(merged,
                org.assertj.core.data.Offset.offset(12.0));
    }

    @Test
    void everyUnmergedCellOfThePreviewShowsItsWholeText(FxRobot robot) throws Exception {
        TableView<List<String>> table = exportWarmthStats(robot);
        robot.interact(() -> table.scrollTo(0));
        WaitForAsyncUtils.waitForFxEvents();
        // the statistics table's headings (金额（万元）, 财政帮扶 …) and the unit's name are Chinese: Excel's widths
        // count such a character double, so sized by the template alone they were cut to "金额（..."
        List<String> shown = robot.lookup("#reportPreview .table-cell").queryAll().stream()
                .filter(n -> n.isVisible() && n instanceof javafx.scene.control.TableCell<?, ?>)
                .flatMap(n -> n.lookupAll(".text").stream())
                .map(t -> ((javafx.scene.text.Text) t).getText())
                .filter(t -> !t.isBlank()).toList();
        // a cut text ends in the cell's ellipsis string (JavaFX's default is "...")
        assertThat(shown).isNotEmpty().anyMatch(t -> t.startsWith("金额"))
                .noneMatch(t -> t.endsWith("...") || t.endsWith("…"));
    }

    @Test
    void submitIsDisabledAfterASuccessfulSubmitUntilTheNextExport(FxRobot robot) throws Exception {
        exportWarmthStats(robot);
        robot.clickOn("#reportSubmit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#reportStatus").queryAs(Label.class).getText().startsWith("已加入待上报"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportSubmit").queryButton().isDisabled()).isTrue();
        robot.clickOn("#reportSubmit"); // a disabled button: nothing happens
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.outbox().list()).hasSize(1);

        robot.clickOn("#reportExport");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () ->
                !robot.lookup("#reportSubmit").queryButton().isDisabled());
        robot.clickOn("#reportSubmit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> app.outbox().list().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportSubmit").queryButton().isDisabled()).isTrue();
    }

    @Test
    void anotherCampaignAfterTheExportDisablesSubmitAndPrintAndClearsThePreview(FxRobot robot) throws Exception {
        TableView<List<String>> table = exportWarmthStats(robot);
        assertThat(robot.lookup("#reportPrint").queryButton().isDisabled()).isFalse();

        robot.clickOn("#reportCampaign");
        robot.clickOn("2023年金秋助学");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reportCampaign").queryComboBox().getValue().toString()).isEqualTo("2023年金秋助学");
        assertThat(robot.lookup("#reportSubmit").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#reportPrint").queryButton().isDisabled()).isTrue();
        assertThat(table.getItems()).isEmpty();
        assertThat(robot.lookup("#reportPreviewInfo").queryAs(Label.class).getText()).isEmpty();
        assertThat(app.tableCounts().get("submission")).isZero();
    }

    @Test
    void aChangedChoiceClearsThePreviewAndDisablesPrint(FxRobot robot) throws Exception {
        robot.clickOn("#nav-reports");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () ->
                robot.lookup("#reportCampaign").queryComboBox().getValue() != null);
        robot.clickOn("#reportKind").clickOn("慰问金发放花名册");
        robot.clickOn("#reportPreviewButton");
        @SuppressWarnings("unchecked")
        TableView<List<String>> table = robot.lookup("#reportPreview").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() > 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).get(0)).endsWith("慰问金发放花名册");
        assertThat(robot.lookup("#reportPrint").queryButton().isDisabled()).isFalse();

        robot.clickOn("#reportPrint");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#printPages").tryQuery().isPresent());
        assertThat(robot.lookup("#printPages").queryAs(Label.class).getText()).isEqualTo("共 1 页（A4 纵向）");
        assertThat(robot.lookup("#printPageNumber").queryAs(Label.class).getText()).isEqualTo("第 1 页 共 1 页");
        javafx.scene.image.Image page = robot.lookup("#printPageImage").queryAs(javafx.scene.image.ImageView.class)
                .getImage();
        assertThat(page.getWidth()).as("an A4 page, portrait").isLessThan(page.getHeight()).isGreaterThan(400);
        assertThat(robot.lookup("#printNext").queryButton().isDisabled()).isTrue();
        robot.clickOn("#printCancel");
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("#reportKind").clickOn("送温暖统计表");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).as("the roster is no longer on screen").isEmpty();
        assertThat(robot.lookup("#reportPrint").queryButton().isDisabled()).as("打印 until previewed").isTrue();
        robot.clickOn("#reportPreviewButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() > 8);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).get(0)).endsWith("各级工会送温暖统计表");
        assertThat(robot.lookup("#reportPrint").queryButton().isDisabled()).isFalse();
    }
}
