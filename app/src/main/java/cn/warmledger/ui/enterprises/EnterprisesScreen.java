package cn.warmledger.ui.enterprises;

import javafx.scene.Parent;

import cn.warmledger.domain.Enterprise;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.enterprises.EnterpriseService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 企业 screen and the enterprise form it opens. */
public final class EnterprisesScreen {
    private final EnterpriseService enterprises;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final EnterprisesView view;

    public EnterprisesScreen(EnterpriseService enterprises, CampaignService campaigns, TaskRunner tasks,
                             Dialogs dialogs) {
        this.enterprises = enterprises;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = new EnterprisesView(new EnterprisesViewModel(enterprises, campaigns, tasks), dialogs,
                this::openForm);
    }

    private void openForm(Enterprise e) {
        EnterpriseFormViewModel form = new EnterpriseFormViewModel(enterprises, tasks);
        if (e != null) {
            form.load(e);
        }
        dialogs.openModal(e == null ? Texts.get("enterprise.newTitle") : Texts.get("enterprise.editTitle", e.name()),
                window -> new EnterpriseFormView(form, () -> {
                    window.close();
                    view.refresh();
                }, window::close).root()).requestFocus();
    }

    public Parent root() {
        return view.root();
    }
}
