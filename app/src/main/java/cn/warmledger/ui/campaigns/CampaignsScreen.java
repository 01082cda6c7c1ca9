package cn.warmledger.ui.campaigns;

import javafx.scene.Parent;

import cn.warmledger.domain.CampaignStandards;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.campaigns.ServiceTallyService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 活动 screen and the campaign form it opens. */
public final class CampaignsScreen {
    private final CampaignService campaigns;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final CampaignsView view;

    public CampaignsScreen(CampaignService campaigns, ServiceTallyService tallies, TaskRunner tasks, Dialogs dialogs) {
        this.campaigns = campaigns;
        this.tasks = tasks;
        this.dialogs = dialogs;
        CampaignsViewModel vm = new CampaignsViewModel(campaigns, tallies, tasks);
        this.view = new CampaignsView(vm, dialogs, this::openForm);
    }

    private void openForm(CampaignsViewModel.Row row) {
        if (row == null) {
            show(new CampaignFormViewModel(campaigns, tasks), Texts.get("campaign.newTitle"));
            return;
        }
        long id = row.campaign().id();
        tasks.submit("campaign-standards", p -> campaigns.standards(id), (CampaignStandards standards) -> {
            CampaignFormViewModel form = new CampaignFormViewModel(campaigns, tasks);
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
