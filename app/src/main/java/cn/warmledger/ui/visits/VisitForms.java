package cn.warmledger.ui.visits;

import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.Visit;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.recipients.RecipientService;
import cn.warmledger.service.visits.VisitService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** Opens the visit form: new (optionally for a recipient chosen in the register) or to edit a visit. */
public final class VisitForms {
    private final VisitService visits;
    private final RecipientService recipients;
    private final CampaignService campaigns;
    private final TaskRunner tasks;
    private final Dialogs dialogs;

    public VisitForms(VisitService visits, RecipientService recipients, CampaignService campaigns, TaskRunner tasks,
                      Dialogs dialogs) {
        this.visits = visits;
        this.recipients = recipients;
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    private record Choices(List<Campaign> campaigns, Campaign current) {
    }

    /** A new visit; {@code preset} (may be null) is the recipient chosen in the register. */
    public void openNew(RecipientSummary preset, Runnable onSaved) {
        tasks.submit("visit-form", p -> choices(), c -> {
            VisitFormViewModel vm = new VisitFormViewModel(visits, recipients, tasks, c.campaigns(),
                    c.current());
            if (preset != null) {
                vm.startFor(preset);
            }
            show(vm, preset == null ? Texts.get("visit.newTitle") : Texts.get("visit.newFor", preset.name()), onSaved);
        }, e -> dialogs.error(Texts.get("error.header"), e.getMessage()));
    }

    private record EditData(Choices choices, Visit visit) {
    }

    public void openEdit(VisitSummary row, Runnable onSaved) {
        tasks.submit("visit-form", p -> new EditData(choices(), visits.find(row.id()).orElseThrow(() ->
                new IllegalStateException(Texts.get("visit.notFound", String.valueOf(row.id()))))), loaded -> {
            VisitFormViewModel vm = new VisitFormViewModel(visits, recipients, tasks,
                    loaded.choices().campaigns(), loaded.choices().current());
            vm.load(loaded.visit(), new RecipientSummary(row.recipientId(), row.idNumber(), row.recipientName(),
                    null, null, null, null, row.category(), row.organizationName(), row.hardshipType(),
                    row.fileStatus()));
            show(vm, Texts.get("visit.editTitle", row.recipientName()), onSaved);
        }, e -> dialogs.error(Texts.get("error.header"), e.getMessage()));
    }

    private Choices choices() {
        return new Choices(campaigns.list(), campaigns.current(LocalDate.now()).orElse(null));
    }

    private void show(VisitFormViewModel vm, String title, Runnable onSaved) {
        dialogs.openModal(title, window -> {
            window.onHidden(vm::discardWaitingSave); // closed unsaved: a save waiting for the server is dropped
            return new VisitFormView(vm, dialogs, onSaved, window::close).root();
        })
                .requestFocus(); // keys go to the form at once, even where the window manager does not move focus
    }

    /** The 集中慰问 window. */
    public void openBatch(Runnable onCommitted) {
        tasks.submit("batch-form", p -> choices(), c -> {
            BatchViewModel vm = new BatchViewModel(visits, recipients, tasks, c.campaigns(), c.current());
            dialogs.openModal(Texts.get("visits.batch"),
                    window -> new BatchView(vm, onCommitted, window::close).root());
        }, e -> dialogs.error(Texts.get("error.header"), e.getMessage()));
    }
}
