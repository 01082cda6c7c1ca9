package cn.warmledger.ui.recipients;

import java.util.List;
import java.util.Optional;

import javafx.scene.Parent;
import javafx.stage.Stage;

import cn.warmledger.domain.Organization;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;
import cn.warmledger.ui.imports.ImportWizardView;
import cn.warmledger.ui.imports.ImportWizardViewModel;

/** The 慰问对象 screen: the register, and the form it opens for a new or a chosen recipient. */
public final class RecipientsScreen {
    private final AppContext app;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final RecipientsView view;

    public RecipientsScreen(AppContext app, TaskRunner tasks, Dialogs dialogs, boolean recycleBin) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        RecipientsViewModel vm = new RecipientsViewModel(app.recipients(), app.organizations(), tasks, recycleBin);
        cn.warmledger.ui.visits.VisitForms visits = new cn.warmledger.ui.visits.VisitForms(app, tasks, dialogs);
        this.view = new RecipientsView(vm, dialogs, this::openForm, recycleBin ? null : this::openImport,
                recycleBin ? null : row -> visits.openNew(row, () -> { }));
    }

    /** Everything the form needs, read off the FX thread before it opens. */
    private record FormData(List<Organization> units, Optional<RecipientDetails> details,
                            Optional<java.math.BigDecimal> minimumLivingStandard, Optional<Organization> self) {
    }

    private void openForm(Long id) {
        tasks.submit("recipient-form", p -> new FormData(app.organizations().recipientUnits(),
                        id == null ? Optional.empty() : app.recipients().details(id),
                        app.setup().minimumLivingStandard(), app.setup().self()),
                data -> show(data), e -> dialogs.error(Texts.get("error.header"),
                        Texts.problem(e, "recipients.loadFailed")));
    }

    private void show(FormData data) {
        RecipientFormViewModel form = new RecipientFormViewModel(app.recipients(), tasks,
                data.minimumLivingStandard());
        form.units.setAll(data.units());
        if (data.details().isPresent()) {
            form.load(data.details().get());
        } else {
            form.startNew();
            data.self().ifPresent(self -> form.unit.set(
                    data.units().stream().filter(u -> u.id().equals(self.id())).findFirst().orElse(null)));
        }
        Stage[] stage = new Stage[1];
        RecipientFormView formView = new RecipientFormView(form,
                data.details().map(RecipientDetails::statusHistory).orElse(List.of()),
                () -> {
                    stage[0].close();
                    view.refresh();
                },
                () -> stage[0].close());
        String title = data.details().map(d -> Texts.get("recipients.editTitle", d.recipient().name()))
                .orElse(Texts.get("recipients.new"));
        stage[0] = dialogs.openModal(title, formView.root());
    }

    /** The import wizard, modal; the register reloads after an import. */
    private void openImport() {
        ImportWizardViewModel wizard = new ImportWizardViewModel(app.recipientImport(), tasks);
        Stage[] stage = new Stage[1];
        ImportWizardView wizardView = new ImportWizardView(wizard, dialogs, view::refresh, () -> {
            wizard.cancel();
            stage[0].close();
        });
        stage[0] = dialogs.openModal(Texts.get("import.wizard.title"), wizardView.root());
        stage[0].setOnCloseRequest(e -> wizard.cancel());
    }

    public Parent root() {
        return view.root();
    }
}
