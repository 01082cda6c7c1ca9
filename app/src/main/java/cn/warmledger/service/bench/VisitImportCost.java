package cn.warmledger.service.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import cn.warmledger.domain.AssistanceKind;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;
import cn.warmledger.domain.VisitForm;
import cn.warmledger.excel.BareWorkbooks;
import cn.warmledger.persistence.BenchStore;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.service.imports.VisitImportResult;
import cn.warmledger.service.imports.VisitImportService;

/** A past campaign's roster imported as visits (import_visits_xlsx_*), against the bare way. */
final class VisitImportCost {
    private static final List<String> VISIT_HEADERS = List.of("姓名", "身份证号", "慰问金", "慰问日期");

    private VisitImportCost() {
    }

    /**
     * A roster of {@code importRows} visits of people in the register (姓名, 身份证号, 慰问金, 慰问日期) imported into a
     * fresh open campaign per run, so the double-payment guard finds nothing earlier; against the bare way (POI read,
     * one guard query per row, one JDBC batch).
     */
    static void measure(AppContext ctx, Path dir, BenchOptions options, Consumer<BenchFigure> emit) {
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
            appCampaigns.add(BenchService.benchCampaign(ctx, "app" + i, day));
            bareCampaigns.add(BenchService.benchCampaign(ctx, "bare" + i, day));
        }
        VisitImportService imports = ctx.visitImport();
        int[] next = {0};
        double app = BenchService.median(BenchService.measureRuns(options.runs(), () -> {
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
        double bare = BenchService.median(BenchService.measureRuns(options.runs(), () -> {
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
}
