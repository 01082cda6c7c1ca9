package cn.warmledger.service.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.service.app.AppContext;

/**
 * The register's search as a clerk types (search_p50_ms, search_p95_ms): every keystroke of {@link #TYPED} asks
 * for the first page and the true count of matches, after one warm-up pass.
 */
final class RegisterSearch {
    /** What a user types into the register's search box, keystroke by keystroke. */
    static final List<String> TYPED = List.of("王", "王建", "王建国", "李", "李秀", "李秀英", "张伟", "陈", "3401", "340102",
            "139", "1390", "县环", "县环卫所", "刘");
    /** The register's page (ui.recipients.RecipientsViewModel.PAGE; the ui layer is not visible from here). */
    static final int REGISTER_PAGE = 200;

    private RegisterSearch() {
    }

    /** What the register asks per keystroke: its first page and the true count of matches. */
    static void measure(AppContext ctx, int runs, Consumer<BenchFigure> emit) {
        for (String text : TYPED) {
            ctx.recipients().page(RecipientQuery.all().withText(text).page(0, REGISTER_PAGE));
        }
        List<Double> latencies = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (String text : TYPED) {
                long t0 = System.nanoTime();
                ctx.recipients().page(RecipientQuery.all().withText(text).page(0, REGISTER_PAGE));
                latencies.add((System.nanoTime() - t0) / 1e6);
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        emit.accept(new BenchFigure("search_p50_ms", BenchService.percentile(sorted, 50), "ms", null));
        emit.accept(new BenchFigure("search_p95_ms", BenchService.percentile(sorted, 95), "ms", null));
    }
}
