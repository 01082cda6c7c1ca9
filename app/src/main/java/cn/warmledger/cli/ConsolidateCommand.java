package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.domain.ReportingStatus;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ExportResult;
import cn.warmledger.service.consolidation.Completeness;
import cn.warmledger.service.consolidation.ConsolidatedTables;
import cn.warmledger.service.consolidation.ConsolidationService;

/**
 * {@code consolidate warmth-stats --campaign ID --out F [--submit]} and
 * {@code consolidate aid-center --year Y --out F [--submit]}: the county's table, one row per 下级单位 and 合计;
 * the 未上报 ones are listed on stderr.
 */
final class ConsolidateCommand implements Command {
    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        String sub = args.word(1);
        Long campaign = args.option("--campaign").map(v -> number("--campaign", v)).orElse(null);
        Integer year = args.option("--year").map(v -> (int) number("--year", v)).orElse(null);
        boolean submit = args.flag("--submit");
        String out = args.required("--out");
        args.rejectUnknownOptions();
        ReportKind kind;
        if ("warmth-stats".equals(sub) && campaign != null && year == null) {
            kind = ReportKind.WARMTH_STATS;
        } else if ("aid-center".equals(sub) && year != null && campaign == null) {
            kind = ReportKind.AID_CENTER;
        } else {
            throw new UsageException(Messages.get("consolidate.usage"));
        }
        ConsolidationService consolidation = inv.context().get().consolidation();
        ConsolidatedTables tables = inv.context().get().consolidatedTables();
        ExportResult result = tables.consolidate(kind, campaign, year, Path.of(out).toAbsolutePath(),
                Progress.none());
        Completeness grid = consolidation.completeness(kind, campaign, year);
        long reported = grid.rows().stream().filter(Completeness.Row::subordinate)
                .filter(r -> r.cells().get(kind).status() != ReportingStatus.MISSING).count();
        inv.out().println(Messages.get("consolidate.done", result.file(), result.rows(), reported));
        for (Completeness.Row r : grid.missing()) {
            inv.err().println(Messages.get("consolidate.missingLine", r.organizationCode(), r.organizationName()));
        }
        if (submit) {
            inv.out().println(Messages.get("consolidate.submitted",
                    tables.submit(kind, campaign, year, result.file())));
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
