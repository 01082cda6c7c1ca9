package cn.warmledger.service.bench;

import java.util.function.Consumer;

import cn.warmledger.persistence.BenchStore;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.reports.ReportRequest;

/**
 * The 送温暖 statistics table of the county's largest campaign (warmth_stats_*): the app's figures, its query
 * alone, and the bare query they are compared with.
 */
final class WarmthStatsCost {
    private WarmthStatsCost() {
    }

    static void measure(AppContext ctx, SyntheticCounty.Built county, int runs, Consumer<BenchFigure> emit) {
        long self = ctx.setup().self().orElseThrow().id();
        BenchStore store = ctx.benchStore();
        // every run executes the query: H2 would otherwise answer a repeat on unchanged data from its last result
        store.data().reuseResults(false);
        long campaign = county.largestCampaignId();
        double bare;
        double query;
        double app;
        try {
            // app and bare take turns (as the roster's do), so a loaded machine's swings fall on both alike
            double[][] times = BenchService.measurePaired(runs, () -> ctx.reports().data(ReportRequest.warmthStats(campaign)),
                    () -> store.bare().warmthStats(campaign, self));
            app = BenchService.median(times[0]);
            bare = BenchService.median(times[1]);
            query = BenchService.median(BenchService.measureRuns(runs, () -> store.reports().warmthStats(campaign)));
        } finally {
            store.data().reuseResults(true);
        }
        emit.accept(new BenchFigure("warmth_stats_ms", app, "ms", app / bare));
        emit.accept(new BenchFigure("warmth_stats_query_ms", query, "ms", query / bare));
        emit.accept(new BenchFigure("warmth_stats_bare_ms", bare, "ms", null));
        emit.accept(new BenchFigure("warmth_stats_visits", county.largestRows(), "rows", null));
    }
}
