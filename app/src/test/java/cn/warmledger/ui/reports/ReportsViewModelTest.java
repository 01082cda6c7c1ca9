package cn.warmledger.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.TestTemplates;
import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.ManifestJson;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.ui.common.ScriptedTaskRunner;
import cn.warmledger.ui.common.TaskRunner;

class ReportsViewModelTest {
    @TempDir
    Path dir;
    private AppContext ctx;
    private ReportsViewModel vm;

    @BeforeEach
    void open() {
        TestApp.open(dir).close();
        ReportFixture.load(dir);
        ctx = TestApp.open(dir);
        vm = new ReportsViewModel(ctx.reports(), ctx.printing(), TaskRunner.direct());
        vm.load();
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void exportWritesToTheExportsFolderPreviewsAndSubmits() throws Exception {
        assertThat(vm.campaigns).hasSize(2);
        assertThat(vm.campaign.get().name()).isEqualTo("2024年元旦春节送温暖");
        assertThat(vm.templates).hasSize(1);
        vm.kind.set(ReportKind.ROSTER);
        vm.export();
        assertThat(vm.error.get()).isNull();
        Path file = vm.lastExport.get().file();
        assertThat(file.getParent()).isEqualTo(ctx.paths().exportsDir());
        assertThat(file.getFileName().toString()).startsWith("城关镇总工会_慰问金发放花名册_2024年元旦春节送温暖_");
        SheetGrid grid = vm.preview.get();
        assertThat(grid.rows().get(3).get(1)).isEqualTo("李文明");
        assertThat(grid.rows().get(14).get(6)).isEqualTo("6850.50");
        assertThat(vm.progress.get()).isEqualTo(1.0);
        vm.submit();
        assertThat(vm.status.get()).startsWith("已加入待上报");
        assertThat(ctx.tableCounts().get("submission")).isEqualTo(1);
    }

    @Test
    void aSubmittedExportIsNotSubmittedTwiceUntilTheNextExport() {
        vm.export();
        assertThat(vm.submitted.get()).isFalse();
        vm.submit();
        assertThat(vm.error.get()).isNull();
        assertThat(vm.submitted.get()).as("上报 disabled").isTrue();
        vm.submit();
        assertThat(vm.error.get()).startsWith("“" + vm.lastExport.get().file().getFileName() + "”已经上报过");
        assertThat(ctx.tableCounts().get("submission")).isEqualTo(1);
        vm.error.set(null);
        vm.export();
        assertThat(vm.submitted.get()).as("a new export can be sent").isFalse();
        vm.submit();
        assertThat(vm.error.get()).isNull();
        assertThat(ctx.tableCounts().get("submission")).isEqualTo(2);
    }

    @Test
    void anExportEqualToTheSubmittedOneCanStillBeSent() {
        vm.export();
        ExportResult first = vm.lastExport.get();
        // the same day's file written again within the zip's 2-second timestamp: an equal record, no change event
        ExportResult again = new ExportResult(first.request(), first.file(), first.rows(), first.campaign(),
                first.figures(), first.sha256(), first.warnings(), first.orgCode(), first.orgName());
        assertThat(again).isEqualTo(first);
        ObjectProperty<ExportResult> last = new SimpleObjectProperty<>();
        BooleanProperty submitted = new SimpleBooleanProperty(false);
        StringProperty error = new SimpleStringProperty();
        ReportSubmitting submitting = new ReportSubmitting(ctx.reports(), TaskRunner.direct(),
                new ReportPrinting.Shown(new SimpleBooleanProperty(), new SimpleDoubleProperty(),
                        new SimpleStringProperty(""), error, e -> error.set(e.getMessage())),
                last, submitted, new SimpleStringProperty(""));
        submitting.exported(first);
        submitting.submit();
        assertThat(submitted.get()).isTrue();
        submitting.exported(again);
        assertThat(submitted.get()).as("the new export can be sent").isFalse();
        submitting.submit();
        assertThat(error.get()).isNull();
        assertThat(ctx.tableCounts().get("submission")).isEqualTo(2);
    }

    @Test
    void changingTheChoiceAfterAnExportDisablesSubmitAndClearsThePreview() {
        vm.export();
        assertThat(vm.lastExport.get()).isNotNull();
        assertThat(vm.lastExport.get().request().campaignId()).isEqualTo(vm.campaign.get().id());
        vm.campaign.set(vm.campaigns.get(1));
        assertThat(vm.lastExport.get()).isNull();
        assertThat(vm.preview.get()).isNull();
        assertThat(vm.status.get()).isEmpty();
        // choosing the exported campaign again does not bring the export back: 上报 waits for the next export
        vm.campaign.set(vm.campaigns.get(0));
        vm.submit();
        assertThat(vm.error.get()).isEqualTo("请先导出");
        assertThat(ctx.tableCounts().get("submission")).isZero();

        // the same for the other choices: kind, year, unit, 完整身份证号, template
        List<Runnable> changes = List.of(() -> vm.kind.set(ReportKind.ROSTER), () -> vm.unit.set(vm.units.get(1)),
                () -> vm.fullId.set(true), () -> vm.template.set(new ReportsViewModel.TemplateChoice(dir.resolve("t.xlsx"))),
                () -> vm.kind.set(ReportKind.AID_CENTER), () -> vm.year.set(2023));
        for (Runnable change : changes) {
            vm.error.set(null);
            vm.template.set(vm.templates.get(0));
            vm.export();
            assertThat(vm.error.get()).isNull();
            assertThat(vm.lastExport.get()).isNotNull();
            assertThat(vm.preview.get()).isNotNull();
            change.run();
            assertThat(vm.lastExport.get()).isNull();
            assertThat(vm.preview.get()).isNull();
        }
    }

    @Test
    void submitSendsTheExportNotTheCurrentFigures() {
        vm.export();
        Object exported = ((Map<?, ?>) ((List<?>) vm.lastExport.get().figures().get("units")).get(0)).get("totalAmount");
        // a visit recorded between export and 上报
        long late = ctx.recipients().save(TestApp.modelWorker(TestCampaigns.idNumber(5), "晚来的"));
        ctx.visits().save(TestCampaigns.visit(late, vm.campaign.get().id(), LocalDate.of(2024, 1, 20), "99999"));
        vm.submit();
        assertThat(vm.error.get()).isNull();
        Manifest manifest = ManifestJson.read(ctx.outbox().list().get(0).manifest());
        Object sent = ((Map<?, ?>) ((List<?>) manifest.figures().get("units")).get(0)).get("totalAmount");
        assertThat(new BigDecimal(sent.toString())).isEqualByComparingTo(exported.toString())
                .isEqualByComparingTo("0.4300");
        assertThat(manifest.campaignId()).isEqualTo(vm.lastExport.get().request().campaignId());
    }

    @Test
    void previewOnlyKeepsNoFileAndAddsTemplates() throws Exception {
        vm.kind.set(ReportKind.AID_CENTER);
        vm.year.set(2024);
        vm.previewOnly();
        assertThat(vm.preview.get().rows().get(7).get(15)).isEqualTo("0.8289");
        assertThat(vm.lastExport.get()).isNull();
        assertThat(Files.exists(ctx.paths().exportsDir())).isFalse();

        Path bad = TestTemplates.template(dir.resolve("bad.xlsx"), "B5", "${foo}");
        vm.addTemplate(bad);
        assertThat(vm.error.get()).isEqualTo("B5：未知字段 foo");
        Path good = TestTemplates.template(dir.resolve("县总工会.xlsx"), "A1", "${units.name}", "B1", "${units.filesAtEnd}");
        vm.addTemplate(good);
        assertThat(vm.templates).extracting(Object::toString).containsExactly("内置模板", "县总工会.xlsx");
        vm.template.set(vm.templates.get(1));
        vm.previewOnly();
        assertThat(vm.preview.get().rows().get(1)).startsWith("城关镇机关工会", "1");
    }

    /** An export done before the list of templates arrives is kept: the built-in layout was the choice all along. */
    @Test
    void anExportFinishedBeforeTheTemplatesArriveIsKept() {
        ScriptedTaskRunner runner = new ScriptedTaskRunner(java.util.Set.of("report-templates"), Map.of());
        ReportsViewModel slow = new ReportsViewModel(ctx.reports(), ctx.printing(), runner);
        slow.load();
        assertThat(slow.template.get()).isEqualTo(new ReportsViewModel.TemplateChoice(null));
        slow.export();
        assertThat(slow.lastExport.get()).isNotNull();
        runner.release();
        assertThat(slow.templates).hasSize(1);
        assertThat(slow.lastExport.get()).as("still the export of the choice on screen").isNotNull();
        assertThat(slow.preview.get()).isNotNull();
        slow.submit();
        assertThat(slow.error.get()).isNull();
        assertThat(ctx.tableCounts().get("submission")).isEqualTo(1);
    }

    /** Failures reach the clerk in Chinese: a refusal in its own words, anything unexpected as a plain sentence. */
    @Test
    void failuresAreShownInChineseNeverAsAClassName() throws Exception {
        Path consolidated = Files.writeString(dir.resolve("汇总.xlsx"), "x");
        vm.lastExport.set(new cn.warmledger.service.reports.ExportResult(consolidated, 3));
        vm.submit();
        assertThat(vm.error.get()).isEqualTo("汇总.xlsx：不是在报表中导出的文件，不能在这里上报（汇总表请在 汇总 中上报）");

        for (Throwable unexpected : List.of(new IllegalStateException(), new IllegalStateException("Connection is broken"),
                new java.io.UncheckedIOException(new java.io.IOException("No space left on device")))) {
            ScriptedTaskRunner runner = new ScriptedTaskRunner(java.util.Set.of(), Map.of("report-export", unexpected));
            ReportsViewModel failing = new ReportsViewModel(ctx.reports(), ctx.printing(), runner);
            failing.load();
            failing.export();
            assertThat(failing.error.get()).as(unexpected.toString()).isEqualTo("没有完成：出现了意外的错误，请重试");
        }
    }

    @Test
    void anyChangeOfChoiceClearsThePreviewSoPrintCannotPrintAnotherTable() {
        vm.kind.set(ReportKind.ROSTER);
        vm.previewOnly();
        assertThat(vm.preview.get()).isNotNull();
        assertThat(vm.printedPages()).hasSize(1);
        vm.kind.set(ReportKind.WARMTH_STATS);
        assertThat(vm.preview.get()).as("kind changed").isNull();
        assertThat(vm.printedPages()).isEmpty();
        vm.print(null, 1);
        assertThat(vm.error.get()).isEqualTo("没有可打印的内容：请先预览");

        vm.previewOnly();
        assertThat(vm.preview.get().rows().get(0).get(0)).endsWith("各级工会送温暖统计表");
        vm.campaign.set(vm.campaigns.get(1));
        assertThat(vm.preview.get()).as("campaign changed").isNull();
        vm.previewOnly();
        vm.template.set(new ReportsViewModel.TemplateChoice(null));
        assertThat(vm.preview.get()).as("the same template again is no change").isNotNull();
        vm.template.set(new ReportsViewModel.TemplateChoice(dir.resolve("上级模板.xlsx")));
        assertThat(vm.preview.get()).as("template chosen").isNull();
        vm.kind.set(ReportKind.AID_CENTER);
        vm.previewOnly();
        vm.year.set(2023);
        assertThat(vm.preview.get()).as("year changed").isNull();
        vm.kind.set(ReportKind.ROSTER);
        vm.previewOnly();
        vm.fullId.set(true);
        assertThat(vm.preview.get()).as("whole 身份证号 chosen").isNull();
    }

    @Test
    void printSaysWhyNothingWasPrinted() {
        ReportsViewModel noLpr = new ReportsViewModel(ctx.reports(),
                new cn.warmledger.service.printing.PrinterService(dir.resolve("no-lpr")), TaskRunner.direct());
        noLpr.load();
        noLpr.kind.set(ReportKind.ROSTER);
        noLpr.previewOnly();
        noLpr.print(null, 1);
        assertThat(noLpr.error.get()).startsWith("打印：没有找到打印命令 lpr").contains("请安装 cups-bsd");
        assertThat(noLpr.status.get()).isEmpty();
        assertThat(noLpr.busy.get()).isFalse();
    }

    /** 取消 while the pages are drawn: nothing reaches the printer, the clerk is told so, and the window is free. */
    @Test
    void cancelWhilePrintingSendsNothingAndSaysSo() {
        ScriptedTaskRunner runner = new ScriptedTaskRunner(java.util.Set.of("report-print"), Map.of());
        ReportsViewModel printing = new ReportsViewModel(ctx.reports(),
                new cn.warmledger.service.printing.PrinterService(dir.resolve("no-lpr")), runner);
        printing.load();
        printing.kind.set(ReportKind.ROSTER);
        printing.previewOnly();
        printing.print(null, 1);
        assertThat(printing.busy.get()).as("printing off the FX thread").isTrue();
        assertThat(printing.status.get()).isEqualTo("正在生成打印页面……");
        printing.cancel();
        assertThat(printing.busy.get()).isFalse();
        assertThat(printing.status.get()).isEqualTo("已取消打印：没有发送任何页面到打印机");
        runner.release(); // the work runs now: cancelled, it stops before it looks for lpr or a printer
        assertThat(printing.error.get()).isNull();
        assertThat(printing.status.get()).isEqualTo("已取消打印：没有发送任何页面到打印机");
        assertThat(printing.preview.get()).as("the preview stays for another try").isNotNull();
    }
}
