package cn.warmledger.service.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.visits.VisitDraft;

/**
 * Several clerks entering visits at once (issue 18's figures): {@value #CLERKS} threads, each saving its own people's
 * visits one by one through {@code VisitService} into the same open campaign (the 送温暖 weeks: everyone on one
 * campaign), against one clerk alone; p50/p95 of a single save, the 5 clerks' with the ratio to one clerk's.
 */
final class ClerksAtOnce {
    static final int CLERKS = 5;
    static final int SAVES_PER_CLERK = 100;
    private static final LocalDate DAY = LocalDate.of(2026, 1, 12);

    private ClerksAtOnce() {
    }

    static void measure(AppContext ctx, Consumer<BenchFigure> emit) {
        List<Long> people = ctx.recipients().search(RecipientQuery.all().page(0, CLERKS * SAVES_PER_CLERK)).stream()
                .map(RecipientSummary::id).toList();
        saves(ctx, "clerks-warm-up", 1, people); // JIT and pool warm, not measured
        double[] one = saves(ctx, "clerks-1", 1, people);
        double[] five = saves(ctx, "clerks-" + CLERKS, CLERKS, people);
        double oneP50 = BenchService.percentile(one, 50);
        emit.accept(new BenchFigure("visit_save_1_clerk_p50_ms", oneP50, "ms", null));
        emit.accept(new BenchFigure("visit_save_1_clerk_p95_ms", BenchService.percentile(one, 95), "ms", null));
        double fiveP50 = BenchService.percentile(five, 50);
        emit.accept(new BenchFigure("visit_save_" + CLERKS + "_clerks_p50_ms", fiveP50, "ms", fiveP50 / oneP50));
        emit.accept(new BenchFigure("visit_save_" + CLERKS + "_clerks_p95_ms", BenchService.percentile(five, 95), "ms",
                BenchService.percentile(five, 95) / BenchService.percentile(one, 95)));
    }

    /** {@code clerks} threads started together, each saving {@link #SAVES_PER_CLERK} visits; every save's ms, sorted. */
    private static double[] saves(AppContext ctx, String campaignName, int clerks, List<Long> people) {
        long campaign = BenchService.benchCampaign(ctx, campaignName, DAY);
        ExecutorService pool = Executors.newFixedThreadPool(clerks);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<double[]>> clerkTimes = new ArrayList<>();
            for (int c = 0; c < clerks; c++) {
                List<Long> own = people.subList(c * SAVES_PER_CLERK, (c + 1) * SAVES_PER_CLERK);
                clerkTimes.add(pool.submit(() -> {
                    start.await();
                    double[] ms = new double[own.size()];
                    for (int i = 0; i < own.size(); i++) {
                        long t0 = System.nanoTime();
                        ctx.visits().save(new VisitDraft(null, own.get(i), campaign, DAY, VisitForm.HOME_VISIT,
                                "王主席", new BigDecimal("500.00"), null, BigDecimal.ZERO, FundSource.COUNTY,
                                AssistanceKind.WARMTH, true, null, null));
                        ms[i] = (System.nanoTime() - t0) / 1e6;
                    }
                    return ms;
                }));
            }
            start.countDown();
            List<Double> all = new ArrayList<>();
            for (Future<double[]> f : clerkTimes) {
                for (double v : f.get()) {
                    all.add(v);
                }
            }
            return all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
