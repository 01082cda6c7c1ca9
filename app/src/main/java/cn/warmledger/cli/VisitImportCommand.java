package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.imports.ImportPlan;
import cn.warmledger.service.imports.VisitImportResult;
import cn.warmledger.service.imports.VisitImportService;

/**
 * {@code import visits F --campaign ID [--sheet S] [--errors OUT.xlsx] [--header-row N] [--duplicate-reason R]}:
 * a past campaign's roster into visits of campaign ID. stdout: one line per skipped, held or refused row, then
 * the counts; stderr: sheet, header row and columns used. Rows the double-payment guard holds are left out
 * unless --duplicate-reason is given. Exit 0 once the valid rows are in; 1 when no row could be imported
 * (or the campaign is missing or closed); 2 for bad arguments.
 */
final class VisitImportCommand implements Command {
    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        String fileName = args.word(2);
        if (fileName == null) {
            throw new UsageException(Messages.get("cli.import.noVisitsFile"));
        }
        long campaignId = CampaignsCommand.campaignId(args.option("--campaign")
                .orElseThrow(() -> new UsageException(Messages.get("cli.import.noCampaign"))));
        String sheetName = args.option("--sheet").orElse(null);
        Path errors = args.option("--errors").map(Path::of).orElse(null);
        Integer headerRow = args.option("--header-row").map(ImportCommand::headerRow).orElse(null);
        String reason = args.option("--duplicate-reason").orElse(null);
        if (reason != null && reason.isBlank()) {
            throw new UsageException(Messages.get("cli.import.blankReason"));
        }
        args.rejectUnknownOptions();

        VisitImportService imports = inv.context().get().visitImport();
        ImportCommand.Opened opened = ImportCommand.open(inv, imports, fileName, sheetName, headerRow);
        ImportPlan plan = imports.analyse(opened.sheet(), opened.header(), opened.mapping(), campaignId,
                Progress.none());
        ImportCommand.print(inv, plan.notices(), plan.duplicates(), plan.problems());
        VisitImportResult result = imports.execute(plan, reason, Progress.none());
        int refused = result.rejected() + result.duplicatesSkipped();
        if (errors != null && (refused > 0 || !plan.warnings().isEmpty())) {
            imports.writeErrors(plan, errors, reason != null);
            ImportCommand.errorsWritten(inv, plan.warnings().size(), errors, refused);
        }
        inv.out().println(result.text());
        return result.imported() == 0 && result.rejected() + result.duplicatesSkipped() > 0 ? Cli.FAILURE : Cli.OK;
    }
}
