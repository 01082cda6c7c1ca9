package cn.warmledger.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.DateText;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/**
 * {@code audit list [--since YYYY-MM-DD] [--format csv] [--with-data]}: the 操作日志, newest first. The
 * data before and after a change (which holds personal data) is printed only with --with-data.
 */
final class AuditCommand implements Command {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if (!"list".equals(sub)) {
            throw new UsageException(Messages.get("cli.unknownSubcommand", "audit", sub, "list"));
        }
        boolean csv = Csv.isCsv(inv.args());
        boolean withData = inv.args().flag("--with-data");
        LocalDate since = inv.args().option("--since").map(AuditCommand::date).orElse(null);
        inv.args().rejectUnknownOptions();
        List<AuditEntry> entries = inv.context().get().audit().list(AuditQuery.all().withSince(since));
        List<String> header = new ArrayList<>(List.of(Messages.get("col.audit.at"), Messages.get("col.audit.operator"),
                Messages.get("col.audit.entity"), Messages.get("col.audit.entityId"), Messages.get("col.audit.action"),
                Messages.get("col.audit.summary")));
        if (withData) {
            header.add(Messages.get("col.audit.before"));
            header.add(Messages.get("col.audit.after"));
        }
        Csv.write(inv.out(), csv, header, entries.stream().map(e -> {
            List<String> row = new ArrayList<>(List.of(TIME.format(e.at()), nz(e.operator()), entityLabel(e.entity()),
                    nz(e.entityId()), e.action().label(), nz(e.summary())));
            if (withData) {
                row.add(nz(e.before()));
                row.add(nz(e.after()));
            }
            return row;
        }).toList());
        return Cli.OK;
    }

    static String entityLabel(String entity) {
        String key = "audit.entity." + entity;
        return Messages.has(key) ? Messages.get(key) : entity;
    }

    /** The window's and the importer's reading of a date (2021-01-08, 2021/1/8, 2021年1月8日 …). */
    private static LocalDate date(String text) {
        try {
            return DateText.parse("--since", text);
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
