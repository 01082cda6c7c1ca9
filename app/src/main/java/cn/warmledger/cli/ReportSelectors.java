package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReportKind;
import cn.warmledger.service.reports.ReportRequest;

/**
 * The table a command names, the same way for {@code export} and {@code print}:
 * {@code warmth-stats --campaign ID | aid-center --year Y | roster --campaign ID [--unit CODE] [--full-id]}, or
 * {@code --template T.xlsx (--campaign ID | --year Y)}, each with an optional {@code --template}.
 */
final class ReportSelectors {
    private ReportSelectors() {
    }

    /** Reads the selector options; {@code usageKey} is the command's usage text for a wrong combination. */
    static ReportRequest parse(Arguments args, String usageKey) {
        String sub = args.word(1);
        String template = args.option("--template").orElse(null);
        Long campaign = args.option("--campaign").map(v -> number("--campaign", v)).orElse(null);
        Integer year = args.option("--year").map(v -> (int) number("--year", v)).orElse(null);
        String unit = args.option("--unit").orElse(null);
        boolean fullId = args.flag("--full-id");
        ReportRequest request;
        if (sub == null && template != null) {
            if ((campaign == null) == (year == null)) {
                throw new UsageException(Messages.get(usageKey));
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
            throw new UsageException(Messages.get(usageKey));
        }
        if (template != null && sub != null) {
            request = request.withTemplate(Path.of(template).toAbsolutePath());
        }
        return request;
    }

    static long number(String option, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("export.notNumber", option, value));
        }
    }
}
