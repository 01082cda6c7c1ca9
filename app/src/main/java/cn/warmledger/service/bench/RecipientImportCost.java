package cn.warmledger.service.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;

import cn.warmledger.domain.Gender;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.excel.BareWorkbooks;
import cn.warmledger.persistence.BenchStore;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.service.imports.ImportOptions;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.ImportResult;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.service.imports.RecipientImportService;

/**
 * An .xlsx of {@code importRows} new 劳动模范 imported into the register (import_xlsx_*), a new file per run, against
 * the bare way (POI read, one JDBC batch).
 */
final class RecipientImportCost {
    private static final List<String> IMPORT_HEADERS = List.of("姓名", "身份证号", "性别", "联系电话", "工作单位", "对象类别");
    private static final int IMPORT_KEY_BASE = 2_000_000;

    private RecipientImportCost() {
    }

    static void measure(AppContext ctx, Path dir, BenchOptions options, Consumer<BenchFigure> emit) {
        int rows = options.importRows();
        int files = options.runs() + 1;
        List<Path> appFiles = new ArrayList<>();
        List<Path> bareFiles = new ArrayList<>();
        for (int i = 0; i < files; i++) {
            appFiles.add(importFile(dir.resolve("import-app-" + i + ".xlsx"), options.seed(), i, rows));
            bareFiles.add(importFile(dir.resolve("import-bare-" + i + ".xlsx"), options.seed(), files + i, rows));
        }
        RecipientImportService imports = ctx.recipientImport();
        int[] next = {0};
        double app = BenchService.median(BenchService.measureRuns(options.runs(), () -> {
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
        double bare = BenchService.median(BenchService.measureRuns(options.runs(), () -> {
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

    /** A sheet of {@code rows} new 劳动模范 whose 身份证号 differ from every other file's and the register's. */
    private static Path importFile(Path out, long seed, int index, int rows) {
        SplittableRandom random = new SplittableRandom(seed + index);
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
}
