package cn.warmledger.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.warmledger.domain.Campaign;
import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.service.imports.RowStatus;
import cn.warmledger.service.imports.SheetImport;
import cn.warmledger.service.imports.VisitImportService;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.imports.ImportWizardViewModel.Step;

/**
 * The wizard's steps that differ for a roster (慰问花名册 → visits of a campaign): the open campaigns to
 * choose from, the check against the chosen campaign, the import with or without the rows the
 * double-payment guard holds. Kept apart so the view model stays one readable class.
 */
final class VisitSteps implements ImportSteps {
    private final VisitImportService visits;

    VisitSteps(VisitImportService visits) {
        this.visits = visits;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VISITS;
    }

    @Override
    public SheetImport sheets() {
        return visits;
    }

    void loadCampaigns(ImportWizardViewModel vm, Long preselect) {
        VisitChoices choices = vm.visitChoices();
        vm.run("import-campaigns", p -> visits.openCampaigns(), (List<Campaign> open) -> {
            choices.campaigns().setAll(open);
            choices.campaignProperty().set(open.stream().filter(c -> c.id().equals(preselect)).findFirst()
                    .orElse(open.size() == 1 ? open.get(0) : null));
        });
    }

    @Override
    public void check(ImportWizardViewModel vm) {
        Campaign campaign = vm.visitChoices().campaignProperty().get();
        if (campaign == null) {
            vm.errorProperty().set(Texts.get("import.visits.chooseCampaign"));
            return;
        }
        var sheet = vm.loaded();
        var mapping = vm.mapping();
        int header = vm.headerRow();
        vm.run("import-check", p -> visits.analyse(sheet, header, mapping, campaign.id(), p),
                (ImportPlan checked) -> {
                    vm.plan(checked);
                    vm.checked().preview().setAll(checked.preview(ImportWizardViewModel.PREVIEW_ROWS));
                    List<RowProblem> all = new ArrayList<>(checked.problems());
                    all.addAll(checked.duplicates());
                    all.addAll(checked.notices());
                    all.sort(Comparator.comparingInt(RowProblem::rowNumber));
                    vm.checked().report().setAll(all);
                    vm.checked().warningCountProperty().set(checked.warnings().size());
                    vm.checked().existingCountProperty().set(0);
                    vm.visitChoices().duplicateCountProperty().set(checked.count(RowStatus.DUPLICATE_VISIT));
                    countValid(vm);
                    int skipped = checked.count(RowStatus.TOTAL) + checked.count(RowStatus.AFTER_TOTAL)
                            + checked.count(RowStatus.REPEATED_HEADER);
                    vm.checked().summaryProperty().set(Texts.get("import.visits.wizardSummary", campaign.name(),
                            checked.count(RowStatus.VISIT) + checked.count(RowStatus.VISIT_NEW_RECIPIENT),
                            checked.count(RowStatus.VISIT_NEW_RECIPIENT), checked.count(RowStatus.DUPLICATE_VISIT),
                            checked.count(RowStatus.REJECTED), skipped, checked.count(RowStatus.BLANK))
                            + RecipientSteps.warned(checked.warnings()));
                    vm.step(Step.CHECK);
                });
    }

    @Override
    public TaskRunner.Work<Path> errorsWriter(ImportWizardViewModel vm, Path out) {
        ImportPlan plan = vm.plan();
        boolean duplicatesIn = vm.importedProperty().get() && vm.visitChoices().reasonOrNull() != null;
        return p -> {
            visits.writeErrors(plan, out, duplicatesIn);
            return out;
        };
    }

    @Override
    public void runImport(ImportWizardViewModel vm, Runnable onImported) {
        VisitChoices choices = vm.visitChoices();
        if (choices.importDuplicatesProperty().get() && choices.duplicateReasonProperty().get().isBlank()) {
            vm.errorProperty().set(Texts.get("import.visits.reasonNeeded"));
            return;
        }
        ImportPlan plan = vm.plan();
        String reason = choices.reasonOrNull();
        vm.run("import-run", p -> visits.execute(plan, reason, p), r -> {
            vm.resultProperty().set(r.text());
            vm.importedProperty().set(true);
            countValid(vm);
            vm.step(Step.DONE);
            onImported.run();
        });
    }

    /** The rows the import button brings in (held ones when chosen), and the rows the error workbook gets. */
    static void countValid(ImportWizardViewModel vm) {
        ImportPlan plan = vm.plan();
        if (plan == null || plan.campaignId() == null) {
            return;
        }
        boolean withHeld = vm.visitChoices().importDuplicatesProperty().get();
        int held = plan.count(RowStatus.DUPLICATE_VISIT);
        vm.checked().validCountProperty().set(plan.count(RowStatus.VISIT) + plan.count(RowStatus.VISIT_NEW_RECIPIENT)
                + (withHeld ? held : 0));
        vm.checked().rejectedCountProperty().set(plan.count(RowStatus.REJECTED)
                + (withHeld && vm.importedProperty().get() ? 0 : held));
    }
}
