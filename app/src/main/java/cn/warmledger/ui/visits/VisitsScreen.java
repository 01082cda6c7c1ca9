package cn.warmledger.ui.visits;

import java.util.function.BiConsumer;

import javafx.scene.Parent;

import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 走访慰问 screen: the table, and the visit form, batch window and 重复慰问 list it opens. */
public final class VisitsScreen {
    private final VisitsView view;

    /** {@code importVisits} (from the shell) opens the 花名册 import for a campaign, then runs the callback. */
    public VisitsScreen(AppContext app, TaskRunner tasks, Dialogs dialogs, BiConsumer<Long, Runnable> importVisits) {
        VisitsViewModel vm = new VisitsViewModel(app.visits(), app.campaigns(), app.organizations(), tasks);
        VisitForms forms = new VisitForms(app, tasks, dialogs);
        VisitsView[] self = new VisitsView[1];
        this.view = new VisitsView(vm, dialogs, new VisitsView.Actions() {
            @Override
            public void record() {
                forms.openNew(null, () -> self[0].refresh());
            }

            @Override
            public void edit(VisitSummary row) {
                forms.openEdit(row, () -> self[0].refresh());
            }

            @Override
            public void batch() {
                forms.openBatch(() -> self[0].refresh());
            }

            @Override
            public void duplicates() {
                Long campaignId = vm.campaign.get() == null ? null : vm.campaign.get().id();
                tasks.submit("visit-duplicates", p -> app.visits().duplicates(campaignId),
                        rows -> dialogs.openModal(Texts.get("visits.duplicates"),
                                window -> new DuplicatesView(rows).root()),
                        e -> dialogs.error(Texts.get("error.header"), e.getMessage()));
            }

            @Override
            public void importVisits() {
                Long campaignId = vm.campaign.get() == null ? null : vm.campaign.get().id();
                importVisits.accept(campaignId, () -> self[0].refresh());
            }
        });
        self[0] = view;
    }

    public Parent root() {
        return view.root();
    }
}
