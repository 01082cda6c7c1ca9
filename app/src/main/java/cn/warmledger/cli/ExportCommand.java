package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.service.ExportProgress;
import cn.warmledger.service.ExportResult;
import cn.warmledger.service.ReportRequest;
import cn.warmledger.service.ReportService;

/**
 * {@code export warmth-stats|aid-center|roster ... --out F [--submit]} and
 * {@code export --template T.xlsx (--campaign ID | --year Y) --out F [--submit]}.
 */
final class ExportCommand implements Command {
    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        String sub = args.word(1);
        String template = args.option("--template").orElse(null);
        Long campaign = args.option("--campaign").map(v -> number("--campaign", v)).orElse(null);
        Integer year = args.option("--year").map(v -> (int) number("--year", v)).orElse(null);
        String unit = args.option("--unit").orElse(null);
        boolean fullId = args.flag("--full-id");
        boolean submit = args.flag("--submit");
        String out = args.required("--out");
        args.rejectUnknownOptions();

        ReportRequest request;
        if (sub == null && template != null) {
            if ((campaign == null) == (year == null)) {
                throw new UsageException(Messages.get("export.usage"));
            }
            request = new ReportRequest(campaign != null ? ReportKind.WARMTH_STATS : ReportKind.AID_CENTER, campaign, year,
                    unit, fullId, Path.of(template).toAbsolutePath());
        } else if ("warmth-stats".equals(sub) && campaign != null && year == null && unit == null && !fullId) {
            request = ReportRequest.warmthStats(campaign);
        } else if ("aid-center".equals(sub) && year != null && campaign == null && unit == null && !fullId) {
            request = ReportRequest.aidCenter(year);
        } else if ("roster".equals(sub) && campaign != null && year == null) {
            request = ReportRequest.roster(campaign, unit, fullId);
        } else {
            throw new UsageException(Messages.get("export.usage"));
        }
        if (template != null && sub != null) {
            request = request.withTemplate(Path.of(template).toAbsolutePath());
        }
        ReportService reports = inv.context().get().reports();
        if (request.template() != null) {
            reports.checkTemplate(request.kind(), request.template());
        }
        ExportResult result = reports.export(request, Path.of(out).toAbsolutePath(), ExportProgress.none());
        inv.out().println(Messages.get("export.done", result.file(), result.rows()));
        result.warnings().forEach(w -> inv.err().println(Messages.get("export.warning", w)));
        if (submit) {
            // the export's own snapshot goes upward: its figures are never read a second time
            inv.out().println(Messages.get("export.submitted", reports.submit(result)));
        }
        return Cli.OK;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("export.notNumber", option, value));
        }
    }
}
