package cn.warmledger.ui.consolidation;

import java.nio.file.Path;
import java.util.function.Consumer;

import cn.warmledger.domain.CampaignRef;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ConsolidationService;
import cn.warmledger.service.consolidation.HandFilledTables;
import cn.warmledger.service.consolidation.ReceiveOutcome;
import cn.warmledger.service.consolidation.ReceivedSummary;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.service.consolidation.UnitService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * 汇总's actions on what came in, for {@link ConsolidationViewModel}: 选用 a submission, open its file, 匹配 a
 * township's campaign name, add an unknown sender as 下级单位, add a hand-filled sheet. Each reloads the grid.
 */
final class ReceivedActions {
    private final ConsolidationViewModel vm;
    private final ConsolidationService consolidation;
    private final UnitService units;
    private final HandFilledTables handFilled;
    private final TaskRunner tasks;

    ReceivedActions(ConsolidationViewModel vm, ConsolidationService consolidation, UnitService units,
                    HandFilledTables handFilled, TaskRunner tasks) {
        this.vm = vm;
        this.consolidation = consolidation;
        this.units = units;
        this.handFilled = handFilled;
        this.tasks = tasks;
    }

    /** 选用: the chosen submission counts for its 单位, whatever comes later. */
    void pin() {
        ReceivedSummary s = vm.selectedSubmission.get();
        if (s == null) {
            return;
        }
        tasks.submit("consolidation-pin", p -> {
            consolidation.pin(s.id());
            return s;
        }, done -> {
            vm.status.set(Texts.get("consolidation.pinned", s.organizationName()));
            vm.reloadGrid();
        }, vm::fail);
    }

    /** The chosen submission's .xlsx (or, with none chosen, the chosen row's effective one) to open. */
    void openFile(Consumer<Path> open) {
        String id = vm.selectedSubmission.get() != null ? vm.selectedSubmission.get().id() : effectiveId();
        if (id == null) {
            vm.error.set(Texts.get("consolidation.nothingToOpen"));
            return;
        }
        tasks.submit("consolidation-open", p -> consolidation.receivedFile(id), open, vm::fail);
    }

    private String effectiveId() {
        Completeness.Row row = vm.selectedRow.get();
        Completeness.Cell cell = row == null ? null : row.cells().get(vm.table.get());
        return cell == null ? null : cell.effectiveSubmissionId();
    }

    /** 匹配: the chosen township campaign name belongs to the campaign chosen above. */
    void matchUnmatched() {
        String name = vm.unmatchedChoice.get();
        CampaignRef c = vm.campaign.get();
        if (name == null || c == null) {
            return;
        }
        tasks.submit("consolidation-match", p -> {
            consolidation.matchCampaign(name, c.id());
            return name;
        }, n -> {
            vm.status.set(Texts.get("consolidation.matched", n, c.name()));
            vm.reloadGrid();
        }, vm::fail);
    }

    /** A sender not on the 下级单位 list is added to it, under the code and name it sent. */
    void addAsUnit(Completeness.Row row) {
        tasks.submit("consolidation-add-unit", p -> units.save(new UnitDraft(row.organizationCode(),
                row.organizationName(), null, null)), id -> {
            vm.status.set(Texts.get("consolidation.unitAdded", row.organizationName()));
            vm.reloadGrid();
        }, vm::fail);
    }

    /**
     * Adds a hand-filled sheet for the chosen 下级单位 (or, with none chosen, the one its 填报单位 names); a sheet
     * with problems is refused and its cells listed.
     */
    void addHandFilled(Path file) {
        ReportKind k = vm.table.get();
        Long campaignId = vm.campaignId();
        Integer y = vm.yearChosen();
        String chosen = vm.selectedRow.get() != null && vm.selectedRow.get().subordinate()
                ? vm.selectedRow.get().organizationCode() : null;
        vm.error.set("");
        tasks.submit("consolidation-hand-filled", p -> {
            String code = chosen;
            if (code == null) {
                code = handFilled.check(file, k).unit().map(u -> u.code()).orElseThrow(() ->
                        new cn.warmledger.domain.InvalidValueException(Texts.get("handFilled.unit"),
                                Texts.get("handFilled.chooseUnit")));
            }
            return handFilled.add(file, k, code, campaignId, y);
        }, outcome -> {
            if (outcome.kind() == ReceiveOutcome.Kind.REFUSED) {
                vm.error.set(outcome.problem());
            } else {
                vm.status.set(Texts.get("consolidation.handFilledAdded", file.getFileName()));
            }
            vm.reloadGrid();
        }, vm::fail);
    }
}
