package cn.warmledger.ui.consolidation;

import java.nio.file.Path;

import cn.warmledger.domain.ReportKind;
import cn.warmledger.service.consolidation.ConsolidatedTables;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 汇总's outputs for {@link ConsolidationViewModel}: the 未上报 list, the consolidated table (with progress and
 * cancel) and its 上报 into the outbox, named after the table and its campaign or year.
 */
final class TableOutputs {
    private final ConsolidationViewModel vm;
    private final ConsolidatedTables tables;
    private final TaskRunner tasks;

    TableOutputs(ConsolidationViewModel vm, ConsolidatedTables tables, TaskRunner tasks) {
        this.vm = vm;
        this.tables = tables;
        this.tasks = tasks;
    }

    void exportMissing(Path out) {
        ReportKind k = vm.table.get();
        Long campaignId = vm.campaignId();
        Integer y = vm.yearChosen();
        tasks.submit("consolidation-missing", p -> {
            tables.exportMissing(k, campaignId, y, out);
            return out;
        }, f -> vm.status.set(Texts.get("consolidation.missingExported", f)), vm::fail);
    }

    void consolidate(Path out) {
        ReportKind k = vm.table.get();
        Long campaignId = vm.campaignId();
        Integer y = vm.yearChosen();
        vm.run("consolidation-table", Texts.get("consolidation.building", k.label()), p -> tables.consolidate(k,
                campaignId, y, out, p), result -> {
            vm.lastTable.set(result.file());
            vm.status.set(Texts.get("consolidation.built", result.file()));
        });
    }

    /** 上报 of the consolidated table just built: into the outbox, upward. */
    void submitTable() {
        Path file = vm.lastTable.get();
        if (file == null) {
            vm.error.set(Texts.get("consolidation.buildFirst"));
            return;
        }
        ReportKind k = vm.table.get();
        Long campaignId = vm.campaignId();
        Integer y = vm.yearChosen();
        tasks.submit("consolidation-submit", p -> tables.submit(k, campaignId, y, file),
                id -> {
                    vm.lastTable.set(null);
                    vm.status.set(Texts.get("consolidation.submitted", file.getFileName()));
                }, vm::fail);
    }

    /** 表名_活动或年度_汇总.xlsx. */
    String suggestedName(String suffix) {
        String period = vm.perCampaign() ? (vm.campaign.get() == null ? "" : vm.campaign.get().name())
                : Texts.get("report.yearLabel", String.valueOf(vm.year.get()));
        return (vm.table.get().label() + "_" + period + "_" + suffix + ".xlsx").replaceAll("[\\\\/:*?\"<>|\\s]+", "");
    }
}
