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
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.imports.VisitImportResult;
import cn.warmledger.service.imports.VisitImportService;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.persistence.BenchStore;
import cn.warmledger.excel.BareWorkbooks;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.settings.SetupService;
import cn.warmledger.service.imports.ImportOptions;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.ImportResult;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.RecipientImportService;

/**
 * The county-scale benchmark (docs/benchmarks.md): builds a synthetic county in a temporary data folder,
 * then measures each figure as the median of {@code runs} runs after one warm-up, the paired ones against
 * the same work done with the bare libraries. The folder is deleted afterwards.
 */
public final class BenchService {
    /** What a user types into the register's search box, keystroke by keystroke. */
    static final List<String> TYPED = List.of("王", "王建", "王建国", "李", "李秀", "李秀英", "张伟", "陈", "3401", "340102",
            "139", "1390", "县环", "县环卫所", "刘");
    private static final List<String> VISIT_HEADERS = List.of("姓名", "身份证号", "慰问金", "慰问日期");
    private static final List<String> IMPORT_HEADERS = List.of("姓名", "身份证号", "性别", "联系电话", "工作单位", "对象类别");
    private static final int IMPORT_KEY_BASE = 2_000_000;
    private static final double MB = 1024.0 * 1024.0;
    /** The register's page (ui.recipients.RecipientsViewModel.PAGE; the ui layer is not visible from here). */
    static final int REGISTER_PAGE = 200;

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
            emit.accept(new BenchFigure("open_migrate_ms", median(measure(() -> target.open(paths).close())), "ms",
                    null));
            if (!target.onServer()) {
                KeyDerivationCost.measure(dir, options.runs(), emit); // the H2 file's encryption: none on a server
            }
            try (AppContext ctx = target.open(paths)) {
                if (options.includes("search")) {
                    search(ctx, emit);
                }
                if (options.includes("stats")) {
                    warmthStats(ctx, county, emit);
                }
                if (options.includes("roster")) {
                    roster(ctx, county, dir, emit);
                }
                if (options.includes("heap")) {
                    heap(ctx, emit);
                }
                if (options.includes("import")) {
                    imports(ctx, dir, emit);
                }
                if (options.includes("visits")) {
                    visitImports(ctx, dir, emit);
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

    /** What the register asks per keystroke: its first page and the true count of matches. */
    private void search(AppContext ctx, Consumer<BenchFigure> emit) {
        for (String text : TYPED) {
            ctx.recipients().page(RecipientQuery.all().withText(text).page(0, REGISTER_PAGE));
        }
        List<Double> latencies = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            for (String text : TYPED) {
                long t0 = System.nanoTime();
                ctx.recipients().page(RecipientQuery.all().withText(text).page(0, REGISTER_PAGE));
                latencies.add((System.nanoTime() - t0) / 1e6);
            }
        }
        double[] sorted = latencies.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        emit.accept(new BenchFigure("search_p50_ms", percentile(sorted, 50), "ms", null));
        emit.accept(new BenchFigure("search_p95_ms", percentile(sorted, 95), "ms", null));
    }

    private void warmthStats(AppContext ctx, SyntheticCounty.Built county, Consumer<BenchFigure> emit) {
        long self = ctx.setup().self().orElseThrow().id();
        BenchStore store = ctx.benchStore();
        double bare = median(measure(() -> store.bare().warmthStats(county.largestCampaignId(), self)));
        double query = median(measure(() -> store.reports().warmthStats(county.largestCampaignId())));
        double app = median(measure(() -> ctx.reports().data(ReportRequest.warmthStats(county.largestCampaignId()))));
        emit.accept(new BenchFigure("warmth_stats_ms", app, "ms", app / bare));
        emit.accept(new BenchFigure("warmth_stats_query_ms", query, "ms", query / bare));
        emit.accept(new BenchFigure("warmth_stats_bare_ms", bare, "ms", null));
        emit.accept(new BenchFigure("warmth_stats_visits", county.largestRows(), "rows", null));
    }

    private void roster(AppContext ctx, SyntheticCounty.Built county, Path dir, Consumer<BenchFigure> emit) {
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
        double[][] runs = measurePaired(options.runs(), () -> ctx.reports().export(request, appOut,
                Progress.none()), () -> baseline.write(bareOut, campaign, unit,
                store.bare().roster(county.rosterCampaignId(), self)));
        double app = median(runs[0]);
        double bare = median(runs[1]);
        emit.accept(new BenchFigure("roster_xlsx_ms", app, "ms", app / bare));
        emit.accept(new BenchFigure("roster_xlsx_bare_ms", bare, "ms", null));
        emit.accept(new BenchFigure("roster_rows", county.rosterRows(), "rows", null));
    }

    private void imports(AppContext ctx, Path dir, Consumer<BenchFigure> emit) {
        int rows = options.importRows();
        int files = options.runs() + 1;
        List<Path> appFiles = new ArrayList<>();
        List<Path> bareFiles = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            appFiles.add(importFile(dir.resolve("import-app-" + i + ".xlsx"), i, rows));
            bareFiles.add(importFile(dir.resolve("import-bare-" + i + ".xlsx"), files + i, rows));
        }
        RecipientImportService imports = ctx.recipientImport();
        int[] next = {0};
        double app = median(measure(() -> {
            Path file = appFiles.get(next[0]++);
            LoadedSheet sheet = imports.load(file, null);
            int header = sheet.detectedHeaderRow();
            ImportPlan plan = imports.analyse(sheet, header, imports.guessMapping(sheet, header), ImportOptions.DEFAULT,
                    Progress.none());
            ImportResult result = imports.execute(plan, DuplicateChoice.SKIP, Progress.none());
            if (result.imported() != rows) {
                throw new IllegalStateException(result.text());
            }
        }));
        BenchStore store = ctx.benchStore();
        int[] nextBare = {0};
        double bare = median(measure(() -> {
            List<String[]> cells = BareWorkbooks.read(bareFiles.get(nextBare[0]++));
            List<Object[]> values = new ArrayList<>(cells.size());
            for (String[] c : cells.subList(1, cells.size())) {
                String id = c[1];
                values.add(new Object[] {id, c[0], (id.charAt(16) % 2 == 1 ? Gender.MALE : Gender.FEMALE).code(),
                    IdNumber.parse(id).birthDate(), c[3], c[4], RecipientCategory.MODEL_WORKER.code()});
            }
            if (store.bare().insertRecipients(values) != rows) {
                throw new IllegalStateException("bare import");
            }
        }));
        emit.accept(new BenchFigure("import_xlsx_ms", app, "ms", app / bare));
        emit.accept(new BenchFigure("import_xlsx_bare_ms", bare, "ms", null));
        emit.accept(new BenchFigure("import_rows", rows, "rows", null));
    }

    /**
     * A roster of {@code importRows} visits of people in the register (姓名, 身份证号, 慰问金, 慰问日期) imported into a
     * fresh open campaign per run, so the double-payment guard finds nothing earlier; against the bare way (POI read,
     * one guard query per row, one JDBC batch).
     */
    private void visitImports(AppContext ctx, Path dir, Consumer<BenchFigure> emit) {
        int rows = options.importRows();
        List<RecipientSummary> people = ctx.recipients().search(RecipientQuery.all().page(0, rows));
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 10);
        List<Object[]> values = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            RecipientSummary p = people.get(i);
            values.add(new Object[] {p.name(), p.idNumber(), new BigDecimal(500 + 100 * (i % 6)), day.toString()});
        }
        Path file = dir.resolve("visits-roster.xlsx");
        BareWorkbooks.write(file, VISIT_HEADERS, values);
        int runs = options.runs() + 1;
        List<Long> appCampaigns = new ArrayList<>();
        List<Long> bareCampaigns = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            appCampaigns.add(benchCampaign(ctx, "app" + i, day));
            bareCampaigns.add(benchCampaign(ctx, "bare" + i, day));
        }
        VisitImportService imports = ctx.visitImport();
        int[] next = {0};
        double app = median(measure(() -> {
            long campaign = appCampaigns.get(next[0]++);
            LoadedSheet sheet = imports.load(file, null);
            int header = sheet.detectedHeaderRow();
            ImportPlan plan = imports.analyse(sheet, header, imports.guessMapping(sheet, header), campaign,
                    Progress.none());
            VisitImportResult result = imports.execute(plan, null, Progress.none());
            if (result.imported() != people.size()) {
                throw new IllegalStateException(result.text());
            }
        }));
        BenchStore store = ctx.benchStore();
        int[] nextBare = {0};
        double bare = median(measure(() -> {
            long campaign = bareCampaigns.get(nextBare[0]++);
            List<String[]> cells = BareWorkbooks.read(file);
            List<Object[]> parsed = new ArrayList<>(cells.size());
            for (String[] c : cells.subList(1, cells.size())) {
                parsed.add(new Object[] {c[1], java.time.LocalDate.parse(c[3]), new BigDecimal(c[2])});
            }
            if (store.bare().insertVisits(campaign, AssistanceKind.WARMTH.code(), VisitForm.HOME_VISIT.code(), parsed)
                    != people.size()) {
                throw new IllegalStateException("bare visit import");
            }
        }));
        emit.accept(new BenchFigure("import_visits_xlsx_ms", app, "ms", app / bare));
        emit.accept(new BenchFigure("import_visits_xlsx_bare_ms", bare, "ms", null));
        emit.accept(new BenchFigure("import_visits_rows", people.size(), "rows", null));
    }

    static long benchCampaign(AppContext ctx, String name, java.time.LocalDate day) {
        // a kept county (--keep) holds the campaigns of earlier runs: each run's names are new
        return ctx.campaigns().save(new CampaignDraft(null, "bench-" + name + "-" + System.nanoTime(), CampaignKind.WARMTH,
                day.minusDays(20), day.plusDays(20), new BigDecimal("10000000"), null, List.of()));
    }

    /** A sheet of {@code rows} new 劳动模范 whose 身份证号 differ from every other file's and the register's. */
    private Path importFile(Path out, int index, int rows) {
        SplittableRandom random = new SplittableRandom(options.seed() + index);
        List<Object[]> values = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            boolean male = random.nextBoolean();
            values.add(new Object[] {SyntheticCounty.name(random),
                SyntheticCounty.idNumber(IMPORT_KEY_BASE + index * rows + r, male, random),
                (male ? Gender.MALE : Gender.FEMALE).label(), SyntheticCounty.phone(random),
                SyntheticCounty.employer(random), RecipientCategory.MODEL_WORKER.label()});
        }
        BareWorkbooks.write(out, IMPORT_HEADERS, values);
        return out;
    }

    /**
     * The whole process's heap in use after full collections while the register's rows are held, as the
     * table's model holds them (H2's page cache included).
     */
    private void heap(AppContext ctx, Consumer<BenchFigure> emit) {
        Runtime rt = Runtime.getRuntime();
        List<RecipientSummary> register = ctx.recipients().search(RecipientQuery.all());
        settle();
        long after = rt.totalMemory() - rt.freeMemory();
        emit.accept(new BenchFigure("heap_register_mb", after / MB, "MB", null));
        emit.accept(new BenchFigure("register_rows", register.size(), "rows", null));
    }

    /** Asks for full collections until the heap in use stops shrinking (System.gc() is only a request). */
    private static void settle() {
        Runtime rt = Runtime.getRuntime();
        long last = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            long used = rt.totalMemory() - rt.freeMemory();
            if (used >= last) {
                return;
            }
            last = used;
        }
    }

    /** One warm-up, then {@code runs} timed runs, in milliseconds. */
    private double[] measure(Runnable work) {
        return measureRuns(options.runs(), work);
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
