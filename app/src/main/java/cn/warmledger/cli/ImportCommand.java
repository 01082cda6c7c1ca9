package cn.warmledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.service.imports.ColumnMapping;
import cn.warmledger.service.imports.DuplicateChoice;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.imports.ImportOptions;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.ImportResult;
import cn.warmledger.service.imports.ImportSheet;
import cn.warmledger.service.imports.LoadedSheet;
import cn.warmledger.service.imports.RecipientImportService;
import cn.warmledger.service.imports.RowProblem;
import cn.warmledger.service.imports.SheetImport;

/**
 * {@code import recipients F [--sheet S] [--on-duplicate update|skip] [--errors OUT.xlsx] [--category K]
 * [--header-row N]}. stdout: one line per refused or skipped row (第 N 行，列：原因), then the counts;
 * stderr: which sheet, header row and columns were used. Exit 0 once the valid rows are in (refused rows
 * do not change that; they are listed and written to --errors), 1 when nothing could be imported.
 */
final class ImportCommand implements Command {
    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        String what = args.word(1);
        if ("visits".equals(what)) {
            return new VisitImportCommand().run(inv);
        }
        if (!"recipients".equals(what)) {
            throw new UsageException(Messages.get("cli.unknownSubcommand", "import", what, "recipients、visits"));
        }
        String fileName = args.word(2);
        if (fileName == null) {
            throw new UsageException(Messages.get("cli.import.noFile"));
        }
        String sheetName = args.option("--sheet").orElse(null);
        DuplicateChoice choice = duplicateChoice(args.option("--on-duplicate").orElse("skip"));
        Path errors = args.option("--errors").map(Path::of).orElse(null);
        RecipientCategory category = args.option("--category").map(ImportCommand::category).orElse(null);
        Integer headerRow = args.option("--header-row").map(ImportCommand::headerRow).orElse(null);
        args.rejectUnknownOptions();

        RecipientImportService imports = inv.context().get().recipientImport();
        Opened opened = open(inv, imports, fileName, sheetName, headerRow);
        ImportPlan plan = imports.analyse(opened.sheet(), opened.header(), opened.mapping(),
                new ImportOptions(category, null), Progress.none());
        print(inv, plan.notices(choice), plan.problems());
        ImportResult result = imports.execute(plan, choice, Progress.none());
        int warned = plan.warnings(choice).size();
        if (errors != null && (result.rejected() > 0 || warned > 0)) {
            imports.writeErrors(plan, choice, errors);
            errorsWritten(inv, warned, errors, result.rejected());
        }
        inv.out().println(result.text());
        if (result.imported() + result.updated() == 0) {
            // README: exit 1 when nothing could be imported (every row refused, already in the register, or none)
            inv.err().println(Messages.get("cli.import.nothing"));
            return Cli.FAILURE;
        }
        return Cli.OK;
    }

    /** A file's sheet as both imports start from it: loaded, its header row and its columns guessed. */
    record Opened(LoadedSheet sheet, int header, ColumnMapping mapping) {
    }

    /**
     * Opens {@code fileName}'s sheet (null: the first visible one) with either import, refusing a missing file or
     * sheet by name, and says on stderr which sheet, header row and columns are used.
     */
    static Opened open(Invocation inv, SheetImport imports, String fileName, String sheetName, Integer headerRow) {
        Path file = Path.of(fileName);
        if (!Files.isRegularFile(file)) {
            throw new InvalidValueException(Messages.get("import.file"), Messages.get("cli.import.missing", fileName));
        }
        List<ImportSheet> sheets = imports.sheets(file);
        if (sheetName != null && sheets.stream().noneMatch(s -> s.name().equals(sheetName))) {
            throw new InvalidValueException(Messages.get("import.sheet"), Messages.get("cli.import.noSheet", sheetName,
                    sheets.stream().map(ImportSheet::name).collect(Collectors.joining("、"))));
        }
        LoadedSheet sheet = imports.load(file, sheetName);
        int header = headerRow != null ? headerRow : sheet.detectedHeaderRow();
        ColumnMapping mapping = imports.guessMapping(sheet, header);
        describe(inv, sheets, sheet, header, mapping);
        return new Opened(sheet, header, mapping);
    }

    /** The rows' notices and refusals on stdout, one line each (第 N 行，列：原因), in the order given. */
    @SafeVarargs
    static void print(Invocation inv, List<RowProblem>... lists) {
        for (List<RowProblem> list : lists) {
            for (RowProblem p : list) {
                inv.out().println(p.text());
            }
        }
    }

    /** Says on stderr what the error workbook holds: the refused rows, and the warnings' sheet. */
    static void errorsWritten(Invocation inv, int warned, Path errors, int refused) {
        if (refused > 0) {
            inv.err().println(Messages.get("cli.import.errorsWritten", errors.toString()));
        }
        if (warned > 0) {
            inv.err().println(Messages.get("cli.import.noticesWritten", warned, errors.toString()));
        }
    }

    private static void describe(Invocation inv, List<ImportSheet> sheets, LoadedSheet sheet, int header,
                                 ColumnMapping mapping) {
        inv.err().println(Messages.get("cli.import.using", sheet.sheetName(), header,
                sheet.encoding() == null ? "" : "（" + sheet.encoding() + "）"));
        String hidden = sheets.stream().filter(ImportSheet::hidden).map(ImportSheet::name)
                .collect(Collectors.joining("、"));
        if (!hidden.isEmpty()) {
            inv.err().println(Messages.get("cli.import.hidden", hidden));
        }
        String unmapped = mapping.unmappedColumns().stream().map(mapping::header).collect(Collectors.joining("、"));
        if (!unmapped.isEmpty()) {
            inv.err().println(Messages.get("cli.import.unmapped", unmapped));
        }
    }

    private static DuplicateChoice duplicateChoice(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "update" -> DuplicateChoice.UPDATE;
            case "skip" -> DuplicateChoice.SKIP;
            default -> throw new UsageException(Messages.get("cli.import.badDuplicate", value));
        };
    }

    private static RecipientCategory category(String value) {
        return CodedEnum.fromText(RecipientCategory.class, value)
                .orElseThrow(() -> new UsageException(Messages.get("cli.import.badCategory", value)));
    }

    static int headerRow(String value) {
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException(Messages.get("cli.import.badHeaderRow", value));
    }
}
