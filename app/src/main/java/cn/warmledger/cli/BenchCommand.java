package cn.warmledger.cli;

import cn.warmledger.domain.Messages;
import cn.warmledger.service.bench.BenchOptions;
import cn.warmledger.service.bench.BenchService;
import cn.warmledger.service.bench.BenchTarget;

/**
 * {@code bench [--recipients N] [--visits M] [--runs R] [--seed S] [--only search,stats,roster,heap,import,visits,clerks] [--keep DIR]}: builds a synthetic county in a
 * temporary folder (the data folder is not touched) and prints one tab-separated line per figure:
 * name, value, unit and, for a paired figure, the ratio to the bare-library run. Progress goes to stderr.
 */
final class BenchCommand implements Command {
    private final java.util.Map<String, String> env;

    /** {@code env} gives the server's password (WARMLEDGER_DB_PASSWORD) for {@code --database}. */
    BenchCommand(java.util.Map<String, String> env) {
        this.env = env;
    }

    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        // --database (before the command, as for every command): the county is built on that server instead (issue 18)
        cn.warmledger.domain.ServerAddress server = args.option("--database")
                .map(cn.warmledger.domain.ServerAddress::parse).orElse(null);
        String serverPasswordFile = args.option("--db-password-file").orElse(null);
        int recipients = number(args, "--recipients", BenchOptions.DEFAULT_RECIPIENTS);
        int visits = number(args, "--visits", BenchOptions.DEFAULT_VISITS);
        int runs = number(args, "--runs", BenchOptions.DEFAULT_RUNS);
        long seed = number(args, "--seed", (int) BenchOptions.DEFAULT_SEED);
        java.util.Set<String> only = args.option("--only").map(text -> java.util.Arrays.stream(text.split(","))
                .map(String::strip).filter(g -> !g.isEmpty()).collect(java.util.stream.Collectors.toSet()))
                .orElse(java.util.Set.of());
        java.nio.file.Path keep = args.option("--keep").map(java.nio.file.Path::of).orElse(null);
        args.rejectUnknownOptions();
        BenchOptions options = new BenchOptions(recipients, visits, runs, seed, only, keep);
        BenchTarget target = BenchTarget.h2();
        if (server != null) {
            char[] password = PasswordSource.serverPassword(env, serverPasswordFile);
            target = BenchTarget.server(server, password);
            java.util.Arrays.fill(password, '\0');
            inv.err().println(Messages.get("cli.bench.server", server));
        }
        inv.err().println(Messages.get("cli.bench.start", recipients, visits, runs));
        new BenchService(options, target).run(f -> {
            inv.out().println(f.line());
            inv.out().flush();
        });
        return Cli.OK;
    }

    private static int number(Arguments args, String name, int fallback) {
        String text = args.option(name).orElse(null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip().replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.bench.notNumber", name, text));
        }
    }
}
