package cn.warmledger.ui.visits;

import java.util.function.BiConsumer;

import javafx.scene.Parent;

import cn.warmledger.domain.VisitSummary;
import cn.warmledger.service.campaigns.CampaignService;
import cn.warmledger.service.settings.OrganizationService;
import cn.warmledger.service.visits.VisitService;
import cn.warmledger.ui.common.Dialogs;
import cn.warmledger.ui.common.TaskRunner;
import cn.warmledger.ui.common.Texts;

/** The 走访慰问 screen: the table, and the visit form, batch window and 重复慰问 list it opens. */
public final class VisitsScreen {
    private final VisitsView view;

    /**
     * {@code forms} opens the visit form and the batch window (the shell's one, shared with the register and 首页);
     * {@code importVisits} (from the shell) opens the 花名册 import for a campaign, then runs the callback.
     */
    public VisitsScreen(VisitService visits, CampaignService campaigns, OrganizationService organizations,
                        VisitForms forms, TaskRunner tasks, Dialogs dialogs, BiConsumer<Long, Runnable> importVisits) {
        VisitsViewModel vm = new VisitsViewModel(visits, campaigns, organizations, tasks);
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
                tasks.submit("visit-duplicates", p -> visits.duplicates(campaignId),
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
