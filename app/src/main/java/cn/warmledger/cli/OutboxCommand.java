package cn.warmledger.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Submission;
import cn.warmledger.service.AppContext;
import cn.warmledger.service.SendOutcome;

/**
 * {@code outbox list [--format csv]}: every submission with its state; {@code outbox send}: one pass over
 * what is due, the outcome of each submission printed, exit 1 when any of them failed.
 */
final class OutboxCommand implements Command {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if ("list".equals(sub)) {
            return list(inv);
        }
        if ("send".equals(sub)) {
            return send(inv);
        }
        throw new UsageException(Messages.get("cli.unknownSubcommand", "outbox", sub, "list, send"));
    }

    private int list(Invocation inv) {
        boolean csv = Csv.isCsv(inv.args());
        inv.args().rejectUnknownOptions();
        List<Submission> rows = inv.context().get().outbox().list();
        Csv.write(inv.out(), csv, List.of(Messages.get("col.submissionId"), Messages.get("col.table"),
                        Messages.get("col.period"), Messages.get("col.state"), Messages.get("col.target"),
                        Messages.get("col.attempts"), Messages.get("col.lastError"), Messages.get("col.createdAt"),
                        Messages.get("col.sentAt")),
                rows.stream().map(s -> List.of(s.id(), s.title(), nz(s.periodLabel()), s.state().label(),
                        nz(s.target()), String.valueOf(s.attempts()), nz(s.lastError()), time(s.createdAt()),
                        time(s.sentAt()))).toList());
        return Cli.OK;
    }

    private int send(Invocation inv) {
        inv.args().rejectUnknownOptions();
        AppContext ctx = inv.context().get();
        ctx.outboxWorker().recoverInterrupted();
        List<SendOutcome> outcomes = ctx.outboxWorker().runOnce();
        if (outcomes.isEmpty()) {
            inv.out().println(Messages.get("cli.outbox.nothingDue", ctx.outbox().outstanding()));
            return Cli.OK;
        }
        boolean anyFailed = false;
        for (SendOutcome o : outcomes) {
            if (o.failed()) {
                anyFailed = true;
                inv.err().println(Messages.get("cli.outbox.failed", o.submissionId(), o.title(), o.message()));
            } else {
                inv.out().println(Messages.get("cli.outbox.sent", o.submissionId(), o.title(), o.target()));
            }
        }
        return anyFailed ? Cli.FAILURE : Cli.OK;
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
