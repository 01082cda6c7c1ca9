package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.consolidation.CollectResult;
import cn.warmledger.service.consolidation.CollectService;

/**
 * {@code collect [--folder DIR]}: collects the 下级单位's submissions from the configured source (collect.source),
 * or once from a folder (U盘). Prints the counts; each refused submission's problem goes to stderr. Exit 1 when the
 * source itself fails (what was stored before stays stored).
 */
final class CollectCommand implements Command {
    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        if (args.word(1) != null) {
            throw new UsageException(Messages.get("collect.usage.folder"));
        }
        String folder = args.option("--folder").orElse(null);
        args.rejectUnknownOptions();
        CollectService collecting = inv.context().get().collecting();
        CollectResult r = folder == null ? collecting.collect(Progress.none())
                : collecting.collectFolder(Path.of(folder).toAbsolutePath(), Progress.none());
        r.problems().forEach(inv.err()::println);
        inv.out().println(Messages.get("collect.done", r.received(), r.duplicates(), r.refused(), r.foreign()));
        if (r.sourceFailed()) {
            inv.err().println(Messages.get("collect.failed", r.sourceError()));
            return Cli.FAILURE;
        }
        return Cli.OK;
    }
}
