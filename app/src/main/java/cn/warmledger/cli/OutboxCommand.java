package cn.warmledger.cli;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Submission;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.outbox.SendOutcome;

/**
 * {@code outbox list [--format csv]}: every submission with its state; {@code outbox send [--retry]}: one pass
 * over what is due, the outcome of each submission printed, exit 1 when any is left undelivered by a failure.
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

    /**
     * One pass; {@code --retry} first makes every waiting submission due (failures that waited for new settings
     * too: the cause may have been fixed on the server). Exit 1 when anything is left undelivered because of a
     * failure: tried and failed, held back, no 上报方式, or waiting on an earlier failure this pass did not retry.
     */
    private int send(Invocation inv) {
        boolean retry = inv.args().flag("--retry");
        inv.args().rejectUnknownOptions();
        AppContext ctx = inv.context().get();
        ctx.outboxWorker().recoverInterrupted();
        if (retry) {
            inv.out().println(Messages.get("cli.outbox.retrying", ctx.outbox().retryAll()));
        }
        List<SendOutcome> outcomes = ctx.outboxWorker().runOnce();
        boolean undelivered = false;
        long notSetUp = 0;
        for (SendOutcome o : outcomes) {
            switch (o.kind()) {
                case SENT -> inv.out().println(Messages.get("cli.outbox.sent", o.submissionId(), o.title(), o.target()));
                case FAILED -> inv.err().println(Messages.get("cli.outbox.failed", o.submissionId(), o.title(),
                        o.message()));
                case HELD -> inv.err().println(Messages.get("cli.outbox.held", o.submissionId(), o.title(),
                        o.message()));
                case NOT_SET_UP -> {
                    notSetUp++;
                    inv.err().println(Messages.get("cli.outbox.notSetUpOne", o.submissionId(), o.title()));
                }
            }
            undelivered |= !o.sent();
        }
        if (notSetUp > 0) {
            inv.err().println(Messages.get("cli.outbox.notSetUp", String.valueOf(notSetUp),
                    outcomes.stream().filter(o -> o.kind() == SendOutcome.Kind.NOT_SET_UP).findFirst()
                            .map(SendOutcome::message).orElse("")));
        } else if (outcomes.isEmpty()) {
            inv.out().println(Messages.get("cli.outbox.nothingDue", ctx.outbox().outstanding()));
        }
        java.util.Set<String> looked = new java.util.HashSet<>();
        outcomes.forEach(o -> looked.add(o.submissionId()));
        for (Submission s : ctx.outbox().waitingOnFailure()) {
            if (looked.contains(s.id())) {
                continue;
            }
            undelivered = true;
            inv.err().println(s.permanentError()
                    ? Messages.get("cli.outbox.waitingForFix", s.id(), s.title(), nz(s.lastError()))
                    : Messages.get("cli.outbox.waitingForRetry", s.id(), s.title(), nz(s.lastError()),
                            time(s.nextAttemptAt())));
        }
        return undelivered ? Cli.FAILURE : Cli.OK;
    }

    private static String time(LocalDateTime t) {
        return t == null ? "" : TIME.format(t);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
