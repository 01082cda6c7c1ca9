package cn.warmledger.ui.recipients;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.scene.Parent;

import cn.warmledger.domain.Organization;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.service.recipients.RecipientDetails;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.settings.OrganizationService;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 慰问对象 screen: the register, and the form it opens for a new or a chosen recipient. */
public final class RecipientsScreen {
    private final RecipientService recipients;
    private final OrganizationService organizations;
    private final SetupService setup;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final RecipientsView view;

    /**
     * {@code importRecipients} opens the import wizard and runs its callback after an import; {@code recordVisit}
     * opens the visit form for the chosen row (both from the shell: they belong to other screens).
     */
    public RecipientsScreen(RecipientService recipients, OrganizationService organizations, SetupService setup,
                            TaskRunner tasks, Dialogs dialogs, boolean recycleBin,
                            Consumer<Runnable> importRecipients, BiConsumer<RecipientSummary, Runnable> recordVisit) {
        this.recipients = recipients;
        this.organizations = organizations;
        this.setup = setup;
        this.tasks = tasks;
        this.dialogs = dialogs;
        RecipientsViewModel vm = new RecipientsViewModel(recipients, organizations, tasks, recycleBin);
        this.view = new RecipientsView(vm, dialogs, this::openForm,
                recycleBin ? null : () -> importRecipients.accept(this::refresh),
                recycleBin ? null : row -> recordVisit.accept(row, () -> { }));
    }

    /** Everything the form needs, read off the FX thread before it opens. */
    private record FormData(List<Organization> units, Optional<RecipientDetails> details,
                            Optional<java.math.BigDecimal> minimumLivingStandard, Optional<Organization> self) {
    }

    private void openForm(Long id) {
        tasks.submit("recipient-form", p -> new FormData(organizations.recipientUnits(),
                        id == null ? Optional.empty() : recipients.details(id),
                        setup.minimumLivingStandard(), setup.self()),
                data -> show(data), e -> dialogs.error(Texts.get("error.header"),
                        Texts.problem(e, "recipients.loadFailed")));
    }

    private void show(FormData data) {
        RecipientFormViewModel form = new RecipientFormViewModel(recipients, tasks,
                data.minimumLivingStandard());
        form.units.setAll(data.units());
        if (data.details().isPresent()) {
            form.load(data.details().get());
        } else {
            form.startNew();
            data.self().ifPresent(self -> form.unit.set(
                    data.units().stream().filter(u -> u.id().equals(self.id())).findFirst().orElse(null)));
        }
        String title = data.details().map(d -> Texts.get("recipients.editTitle", d.recipient().name()))
                .orElse(Texts.get("recipients.new"));
        dialogs.openModal(title, window -> {
            window.onHidden(form::discardWaitingSave); // closed unsaved: a save waiting for the server is dropped
            return new RecipientFormView(form,
                    data.details().map(RecipientDetails::statusHistory).orElse(List.of()),
                    () -> {
                        window.close();
                        view.refresh();
                    },
                    window::close).root();
        });
    }

    private void refresh() {
        view.refresh();
    }

    public Parent root() {
        return view.root();
    }
}
