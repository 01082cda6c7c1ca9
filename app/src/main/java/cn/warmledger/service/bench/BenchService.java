package cn.warmledger.service.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.warmledger.domain.CampaignKind;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.domain.Messages;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.SetupService;

/**
 * The county-scale benchmark (docs/benchmarks.md): builds a synthetic county in a temporary data folder,
 * then measures each figure as the median of {@code runs} runs after one warm-up, the paired ones against
 * the same work done with the bare libraries. The folder is deleted afterwards. Each family of figures is measured
 * by its own class (RegisterSearch, WarmthStatsCost, RosterExportCost, RegisterHeap, RecipientImportCost,
 * VisitImportCost, ClerksAtOnce, KeyDerivationCost); the timing helpers they share are here.
 */
public final class BenchService {
    static final double MB = 1024.0 * 1024.0;
    private final BenchOptions options;
    private final BenchTarget target;

    public BenchService(BenchOptions options) {
        this(options, BenchTarget.h2());
    }

    /** The same figures on {@code target}: an H2 file, or a database on a PostgreSQL server (issue 18). */
    public BenchService(BenchOptions options, BenchTarget target) {
        this.options = options;
        this.target = target;
    }

    /** Runs every figure in order, handing each to {@code onFigure} as soon as it is measured. */
    public List<BenchFigure> run(Consumer<BenchFigure> onFigure) {
        List<BenchFigure> figures = new ArrayList<>();
        Consumer<BenchFigure> emit = f -> {
            figures.add(f);
            onFigure.accept(f);
        };
        Path dir;
        try {
            dir = options.keep() != null ? Files.createDirectories(options.keep())
                    : Files.createTempDirectory("warmledger-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            AppPaths paths = new AppPaths(dir.resolve("data"));
            SyntheticCounty.Built county = SyntheticCounty.Built.readFrom(dir);
            if (county == null) {
                long built = System.nanoTime();
                try (AppContext ctx = target.open(paths)) {
                    refuseServerData(ctx);
                    ctx.setup().complete(new SetupService.Setup(Messages.get("bench.orgName"), "BENCH000",
                            Messages.get("bench.parentName"), Messages.get("bench.operatorName"),
                            new BigDecimal("650")));
                    long self = ctx.setup().self().orElseThrow().id();
                    county = new SyntheticCounty(options.seed(), ctx.benchStore())
                            .build(self, options.recipients(), options.visits());
                    // the file as the build left it, then rewritten without dead chunks before anything is measured
                    if (!target.onServer()) {
                        emit.accept(new BenchFigure("county_file_built_mb", databaseMb(dir), "MB", null));
                    }
                    ctx.benchStore().data().shutdownCompact();
                }
                emit.accept(new BenchFigure("county_build_s", (System.nanoTime() - built) / 1e9, "s", null));
                if (!target.onServer()) {
                    emit.accept(new BenchFigure("county_file_mb", databaseMb(dir), "MB", null));
                }
                if (options.keep() != null) {
                    county.writeTo(dir);
                }
            }
            emit.accept(new BenchFigure("open_migrate_ms", median(measureRuns(options.runs(), () -> target.open(paths).close())), "ms",
                    null));
            if (!target.onServer()) {
                KeyDerivationCost.measure(dir, options.runs(), emit); // the H2 file's encryption: none on a server
            }
            try (AppContext ctx = target.open(paths)) {
                if (options.includes("search")) {
                    RegisterSearch.measure(ctx, options.runs(), emit);
                }
                if (options.includes("stats")) {
                    WarmthStatsCost.measure(ctx, county, options.runs(), emit);
                }
                if (options.includes("roster")) {
                    RosterExportCost.measure(ctx, county, dir, options.runs(), emit);
                }
                if (options.includes("heap")) {
                    RegisterHeap.measure(ctx, emit);
                }
                if (options.includes("import")) {
                    RecipientImportCost.measure(ctx, dir, options, emit);
                }
                if (options.includes("visits")) {
                    VisitImportCost.measure(ctx, dir, options, emit);
                }
                if (options.includes("clerks")) {
                    ClerksAtOnce.measure(ctx, emit);
                }
            }
        } finally {
            if (options.keep() == null) {
                deleteTree(dir);
            }
        }
        return figures;
    }

    /** bench builds its own county: on a server only into a database without the clerks' data. */
    private static void refuseServerData(AppContext ctx) {
        if (ctx.onServer() && ctx.tableCounts().entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("service_item") && e.getValue() > 0)) {
            throw new cn.warmledger.domain.InvalidValueException("--database", Messages.get("bench.serverNotEmpty"));
        }
    }

    static long benchCampaign(AppContext ctx, String name, java.time.LocalDate day) {
        // a kept county (--keep) holds the campaigns of earlier runs: each run's names are new
        return ctx.campaigns().save(new CampaignDraft(null, "bench-" + name + "-" + System.nanoTime(), CampaignKind.WARMTH,
                day.minusDays(20), day.plusDays(20), new BigDecimal("10000000"), null, List.of()));
    }

    /** One warm-up run, then {@code runs} timed runs, in milliseconds. */
    static double[] measureRuns(int runs, Runnable work) {
        work.run();
        double[] ms = new double[runs];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    /** Like {@link #measureRuns} for two tasks, run by turns (one warm-up each): {app times, bare times}. */
    static double[][] measurePaired(int runs, Runnable app, Runnable bare) {
        app.run();
        bare.run();
        double[][] ms = new double[2][runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            app.run();
            ms[0][i] = (System.nanoTime() - t0) / 1e6;
            t0 = System.nanoTime();
            bare.run();
            ms[1][i] = (System.nanoTime() - t0) / 1e6;
        }
        return ms;
    }

    static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** The size of the county's H2 file(s) under {@code dir}, in MB. */
    private static double databaseMb(Path dir) {
        try (Stream<Path> walk = Files.walk(dir.resolve("data"))) {
            return walk.filter(p -> p.toString().endsWith(".mv.db")).mapToLong(p -> p.toFile().length()).sum() / MB;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
