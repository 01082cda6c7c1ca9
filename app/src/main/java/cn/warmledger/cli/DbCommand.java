package cn.warmledger.cli;

import java.util.Map;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.service.safety.MoveInService;

/**
 * {@code db copy --to postgresql://USER@HOST:PORT/DB}: moves the data folder's H2 database (opened with the password
 * as every command opens it) into an empty database on the office's server (docs/decisions/18-5), then prints the
 * comparison table by table (rows, and each money column's sum, on both sides). Exit 1, loudly, when anything differs.
 * The server's password: {@code --db-password-file F} or WARMLEDGER_DB_PASSWORD, never on the command line.
 */
final class DbCommand implements Command {
    private final Map<String, String> env;

    DbCommand(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public int run(Invocation inv) {
        if (!"copy".equals(inv.args().word(1))) {
            throw new UsageException(Messages.get("cli.unknownSubcommand", "db", String.valueOf(inv.args().word(1)),
                    "copy"));
        }
        ServerAddress target = ServerAddress.parse(inv.args().required("--to"));
        String passwordFile = inv.args().option("--db-password-file").orElse(null);
        inv.args().rejectUnknownOptions();
        char[] password = PasswordSource.serverPassword(env, passwordFile);
        MoveInService.MoveResult result;
        try {
            result = inv.context().get().moveIn().moveTo(target, password, new StderrProgress(inv));
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
        inv.out().println(Messages.get("cli.db.header"));
        for (MoveInService.TableComparison t : result.tables()) {
            inv.out().println(String.join("\t", t.label(), Messages.get("move.rows"), String.valueOf(t.sourceRows()),
                    String.valueOf(t.targetRows()), Messages.get(t.equal() ? "move.equal" : "move.notEqual")));
            for (MoveInService.ColumnSum s : t.sums()) {
                inv.out().println(String.join("\t", t.label(), s.label(), s.source().toPlainString(),
                        s.target().toPlainString(), Messages.get(s.equal() ? "move.equal" : "move.notEqual")));
            }
        }
        if (!result.allEqual()) {
            inv.err().println(Messages.get("move.differs", String.join("、", result.differing())));
            return Cli.FAILURE;
        }
        inv.err().println(Messages.get("move.done", result.rows(), target.toString()));
        return Cli.OK;
    }

    /** Progress on stderr: each table as it starts (the counts would flood the terminal). */
    private record StderrProgress(Invocation inv) implements Progress {
        @Override
        public void update(long done, long total) {
            // tables are named as they start; a count per batch would only scroll
        }

        @Override
        public void message(String text) {
            inv.err().println(text);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
