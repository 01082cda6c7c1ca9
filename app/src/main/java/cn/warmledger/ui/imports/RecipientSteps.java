package cn.warmledger.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.ImportOptions;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.ImportResult;
import cn.warmledger.service.imports.RecipientImportService;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.service.imports.RowStatus;
import cn.warmledger.service.imports.SheetImport;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.imports.ImportWizardViewModel.Step;

/** The wizard's check and import for a list of 慰问对象 (the register); {@link VisitSteps} has the roster's. */
final class RecipientSteps implements ImportSteps {
    private final RecipientImportService imports;

    RecipientSteps(RecipientImportService imports) {
        this.imports = imports;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.RECIPIENTS;
    }

    @Override
    public SheetImport sheets() {
        return imports;
    }

    @Override
    public void check(ImportWizardViewModel vm) {
        ImportOptions options = new ImportOptions(vm.defaultCategoryProperty().get(), null);
        var sheet = vm.loaded();
        var mapping = vm.mapping();
        int header = vm.headerRow();
        vm.run("import-check", p -> imports.analyse(sheet, header, mapping, options, p),
                (ImportPlan checked) -> {
                    vm.plan(checked);
                    vm.checked().preview().setAll(checked.preview(ImportWizardViewModel.PREVIEW_ROWS));
                    vm.checked().existingCountProperty().set(checked.count(RowStatus.EXISTING));
                    vm.checked().validCountProperty().set(checked.count(RowStatus.NEW) + checked.count(RowStatus.EXISTING));
                    vm.checked().rejectedCountProperty().set(checked.count(RowStatus.REJECTED));
                    duplicateChoiceChanged(vm);
                    vm.step(Step.CHECK);
                });
    }

    /**
     * The report and summary of a checked list for the chosen handling of registered people: a row skipped brings
     * no warning (nothing of it goes in), so they change when the choice does.
     */
    @Override
    public void duplicateChoiceChanged(ImportWizardViewModel vm) {
        ImportPlan checked = vm.plan();
        if (checked == null) {
            return;
        }
        DuplicateChoice choice = vm.duplicateChoiceProperty().get();
        List<RowProblem> all = new ArrayList<>(checked.problems());
        all.addAll(checked.notices(choice));
        all.sort(Comparator.comparingInt(RowProblem::rowNumber));
        vm.checked().report().setAll(all);
        vm.checked().warningCountProperty().set(checked.warnings(choice).size());
        int skipped = checked.count(RowStatus.TOTAL) + checked.count(RowStatus.AFTER_TOTAL)
                + checked.count(RowStatus.REPEATED_HEADER);
        vm.checked().summaryProperty().set(Texts.get("import.wizard.summary", checked.count(RowStatus.NEW),
                vm.checked().existingCountProperty().get(), vm.checked().rejectedCountProperty().get(),
                skipped, checked.count(RowStatus.BLANK)) + warned(checked.warnings(choice)));
    }

    /** " 其中 2 行有提示（见下表）" when rows go in with a warning, else nothing. */
    static String warned(List<RowProblem> warnings) {
        long rows = warnings.stream().map(RowProblem::rowNumber).distinct().count();
        return rows == 0 ? "" : Texts.get("import.wizard.warned", rows);
    }

    @Override
    public TaskRunner.Work<Path> errorsWriter(ImportWizardViewModel vm, Path out) {
        ImportPlan plan = vm.plan();
        DuplicateChoice choice = vm.duplicateChoiceProperty().get();
        return p -> {
            imports.writeErrors(plan, choice, out);
            return out;
        };
    }

    @Override
    public void runImport(ImportWizardViewModel vm, Runnable onImported) {
        ImportPlan plan = vm.plan();
        DuplicateChoice choice = vm.duplicateChoiceProperty().get();
        vm.run("import-run", p -> imports.execute(plan, choice, p), (ImportResult r) -> {
            vm.resultProperty().set(r.text());
            vm.importedProperty().set(true);
            vm.step(Step.DONE);
            onImported.run();
        });
    }
}
