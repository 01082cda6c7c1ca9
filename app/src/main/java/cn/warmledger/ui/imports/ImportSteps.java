package cn.warmledger.ui.imports;

import java.nio.file.Path;

import cn.warmledger.service.imports.ImportKind;
import cn.warmledger.service.imports.SheetImport;
import cn.warmledger.ui.common.TaskRunner;

/**
 * What differs between the wizard's two imports (a list of 慰问对象, a past campaign's roster): the service that
 * reads the sheet, the check, the import and the error workbook. {@link ImportWizardViewModel} holds one and
 * never asks which kind it is; {@link RecipientSteps} and {@link VisitSteps} are the two.
 */
interface ImportSteps {
    ImportKind kind();

    /** Lists, loads and maps the sheet (off the FX thread). */
    SheetImport sheets();

    /** Step 3: checks every row (nothing written) and fills the preview and the report. */
    void check(ImportWizardViewModel vm);

    /** Step 4: imports the valid rows in one transaction. */
    void runImport(ImportWizardViewModel vm, Runnable onImported);

    /** The work that writes the refused rows with their 错误原因 to {@code out}, the choices read now (FX thread). */
    TaskRunner.Work<Path> errorsWriter(ImportWizardViewModel vm, Path out);

    /** The clerk changed the handling of people already registered. */
    default void duplicateChoiceChanged(ImportWizardViewModel vm) {
        // only a list of 慰问对象 has that choice
    }
}
