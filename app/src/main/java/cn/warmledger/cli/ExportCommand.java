package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.reports.ReportService;

/**
 * {@code export warmth-stats|aid-center|roster ... --out F [--submit]} and
 * {@code export --template T.xlsx (--campaign ID | --year Y) --out F [--submit]}.
 */
final class ExportCommand implements Command {
    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        ReportRequest request = ReportSelectors.parse(args, "export.usage");
        boolean submit = args.flag("--submit");
        String out = args.required("--out");
        args.rejectUnknownOptions();

        ReportService reports = inv.context().get().reports();
        if (request.template() != null) {
            reports.checkTemplate(request.kind(), request.template());
        }
        ExportResult result = reports.export(request, Path.of(out).toAbsolutePath(), Progress.none());
        inv.out().println(Messages.get("export.done", result.file(), result.rows()));
        result.warnings().forEach(w -> inv.err().println(Messages.get("export.warning", w)));
        if (submit) {
            // the export's own snapshot goes upward: its figures are never read a second time
            inv.out().println(Messages.get("export.submitted", reports.submit(result)));
        }
        return Cli.OK;
    }
}
