package cn.warmledger.service.bench;

import java.nio.file.Path;
import java.util.function.Consumer;

import cn.warmledger.domain.Progress;
import cn.warmledger.persistence.BenchStore;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.reports.ReportRequest;

/**
 * A campaign's 花名册 exported to .xlsx (roster_xlsx_*): the app's export against {@link RosterBaseline}, the same
 * sheet written with the bare libraries.
 */
final class RosterExportCost {
    private RosterExportCost() {
    }

    static void measure(AppContext ctx, SyntheticCounty.Built county, Path dir, int runs, Consumer<BenchFigure> emit) {
        long self = ctx.setup().self().orElseThrow().id();
        BenchStore store = ctx.benchStore();
        Path appOut = dir.resolve("roster-app.xlsx");
        Path bareOut = dir.resolve("roster-bare.xlsx");
        ReportRequest request = ReportRequest.roster(county.rosterCampaignId(), null, false);
        // app and bare runs take turns, so a loaded machine's swings fall on both alike
        RosterBaseline baseline = new RosterBaseline();
        String campaign = ctx.reports().campaigns().stream().filter(c -> c.id() == county.rosterCampaignId())
                .findFirst().orElseThrow().name();
        String unit = ctx.setup().self().orElseThrow().name();
        double[][] times = BenchService.measurePaired(runs, () -> ctx.reports().export(request, appOut,
                Progress.none()), () -> baseline.write(bareOut, campaign, unit,
                store.bare().roster(county.rosterCampaignId(), self)));
        double app = BenchService.median(times[0]);
        double bare = BenchService.median(times[1]);
        emit.accept(new BenchFigure("roster_xlsx_ms", app, "ms", app / bare));
        emit.accept(new BenchFigure("roster_xlsx_bare_ms", bare, "ms", null));
        emit.accept(new BenchFigure("roster_rows", county.rosterRows(), "rows", null));
    }
}
