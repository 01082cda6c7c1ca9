package cn.warmledger.ui.campaigns;

import javafx.scene.Parent;

import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 活动 screen and the campaign form it opens. */
public final class CampaignsScreen {
    private final AppContext app;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final CampaignsView view;

    public CampaignsScreen(AppContext app, TaskRunner tasks, Dialogs dialogs) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        CampaignsViewModel vm = new CampaignsViewModel(app.campaigns(), app.serviceTallies(), tasks);
        this.view = new CampaignsView(vm, dialogs, this::openForm);
    }

    private void openForm(CampaignsViewModel.Row row) {
        if (row == null) {
            show(new CampaignFormViewModel(app.campaigns(), tasks), Texts.get("campaign.newTitle"));
            return;
        }
        long id = row.campaign().id();
        tasks.submit("campaign-standards", p -> app.campaigns().standards(id), (CampaignStandards standards) -> {
            CampaignFormViewModel form = new CampaignFormViewModel(app.campaigns(), tasks);
            form.load(row.campaign(), standards);
            show(form, Texts.get("campaign.editTitle", row.campaign().name()));
        }, e -> dialogs.error(Texts.get("error.header"), e.getMessage()));
    }

    private void show(CampaignFormViewModel form, String title) {
        dialogs.openModal(title, window -> new CampaignFormView(form, () -> {
            window.close();
            view.refresh();
        }, window::close).root()).requestFocus();
    }

    public Parent root() {
        return view.root();
    }
}
