package cn.warmledger.ui.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportOptions;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.ImportResult;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.service.imports.RowStatus;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.imports.ImportWizardViewModel.Step;

/** The wizard's check and import for a list of 慰问对象 (the register); {@link VisitSteps} has the roster's. */
final class RecipientSteps {
    private RecipientSteps() {
    }

    static void check(ImportWizardViewModel vm) {
        ImportOptions options = new ImportOptions(vm.defaultCategoryProperty().get(), null);
        var sheet = vm.loaded();
        var mapping = vm.mapping();
        int header = vm.headerRow();
        vm.run("import-check", p -> vm.recipientImport().analyse(sheet, header, mapping, options, p),
                (ImportPlan checked) -> {
                    vm.plan(checked);
                    vm.preview().setAll(checked.preview(ImportWizardViewModel.PREVIEW_ROWS));
                    vm.existingCountProperty().set(checked.count(RowStatus.EXISTING));
                    vm.validCountProperty().set(checked.count(RowStatus.NEW) + checked.count(RowStatus.EXISTING));
                    vm.rejectedCountProperty().set(checked.count(RowStatus.REJECTED));
                    report(vm, checked);
                    vm.step(Step.CHECK);
                });
    }

    /**
     * The report and summary of a checked list for the chosen handling of registered people: a row skipped brings
     * no warning (nothing of it goes in), so they change when the choice does.
     */
    static void report(ImportWizardViewModel vm, ImportPlan checked) {
        DuplicateChoice choice = vm.duplicateChoiceProperty().get();
        List<RowProblem> all = new ArrayList<>(checked.problems());
        all.addAll(checked.notices(choice));
        all.sort(Comparator.comparingInt(RowProblem::rowNumber));
        vm.report().setAll(all);
        vm.warningCountProperty().set(checked.warnings(choice).size());
        int skipped = checked.count(RowStatus.TOTAL) + checked.count(RowStatus.AFTER_TOTAL)
                + checked.count(RowStatus.REPEATED_HEADER);
        vm.summaryProperty().set(Texts.get("import.wizard.summary", checked.count(RowStatus.NEW),
                vm.existingCountProperty().get(), vm.rejectedCountProperty().get(),
                skipped, checked.count(RowStatus.BLANK)) + warned(checked.warnings(choice)));
    }

    /** " 其中 2 行有提示（见下表）" when rows go in with a warning, else nothing. */
    static String warned(List<RowProblem> warnings) {
        long rows = warnings.stream().map(RowProblem::rowNumber).distinct().count();
        return rows == 0 ? "" : Texts.get("import.wizard.warned", rows);
    }

    static void runImport(ImportWizardViewModel vm, Runnable onImported) {
        ImportPlan plan = vm.plan();
        DuplicateChoice choice = vm.duplicateChoiceProperty().get();
        vm.run("import-run", p -> vm.recipientImport().execute(plan, choice, p), (ImportResult r) -> {
            vm.resultProperty().set(r.text());
            vm.importedProperty().set(true);
            vm.step(Step.DONE);
            onImported.run();
        });
    }
}
