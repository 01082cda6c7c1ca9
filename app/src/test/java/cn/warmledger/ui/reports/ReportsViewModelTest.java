package cn.warmledger.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestTemplates;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.persistence.ReportFixture;
import cn.warmledger.service.AppContext;
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
    void previewOnlyKeepsNoFileAndAddsTemplates() throws Exception {
        vm.kind.set(ReportKind.AID_CENTER);
        vm.year.set(2024);
        vm.previewOnly();
        assertThat(vm.preview.get().rows().get(7).get(15)).isEqualTo("1.3239");
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
}
