package cn.warmledger.ui.imports;

import cn.warmledger.service.imports.RecipientImportService;
import cn.warmledger.service.imports.VisitImportService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.ModalWindow;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/**
 * Opens the import wizard, modal, for 慰问对象 or for a 花名册 of visits. The screens that offer an import (register,
 * 走访慰问) do not know this package: the shell hands them these methods as callbacks.
 */
public final class ImportWizards {
    private final RecipientImportService recipients;
    private final VisitImportService visits;
    private final TaskRunner tasks;
    private final Dialogs dialogs;

    public ImportWizards(RecipientImportService recipients, VisitImportService visits, TaskRunner tasks,
                         Dialogs dialogs) {
        this.recipients = recipients;
        this.visits = visits;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    /** The recipients' wizard; {@code onImported} runs after an import (the register reloads). */
    public void openRecipients(Runnable onImported) {
        open(new ImportWizardViewModel(recipients, tasks), Texts.get("import.wizard.title"), onImported);
    }

    /** The visits' wizard for the campaign chosen on 走访慰问 ({@code campaignId} may be null). */
    public void openVisits(Long campaignId, Runnable onImported) {
        open(ImportWizardViewModel.forVisits(visits, campaignId, tasks), Texts.get("import.visits.title"), onImported);
    }

    private void open(ImportWizardViewModel wizard, String title, Runnable onImported) {
        ModalWindow window = dialogs.openModal(title, w -> new ImportWizardView(wizard, dialogs, onImported, () -> {
            wizard.cancel();
            w.close();
        }).root());
        window.onCloseRequest(wizard::cancel);
    }
}
