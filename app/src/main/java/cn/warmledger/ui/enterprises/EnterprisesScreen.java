package cn.warmledger.ui.enterprises;

import javafx.scene.Parent;

import cn.warmledger.domain.Enterprise;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 企业 screen and the enterprise form it opens. */
public final class EnterprisesScreen {
    private final AppContext app;
    private final TaskRunner tasks;
    private final Dialogs dialogs;
    private final EnterprisesView view;

    public EnterprisesScreen(AppContext app, TaskRunner tasks, Dialogs dialogs) {
        this.app = app;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.view = new EnterprisesView(new EnterprisesViewModel(app.enterprises(), app.campaigns(), tasks), dialogs,
                this::openForm);
    }

    private void openForm(Enterprise e) {
        EnterpriseFormViewModel form = new EnterpriseFormViewModel(app.enterprises(), tasks);
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
