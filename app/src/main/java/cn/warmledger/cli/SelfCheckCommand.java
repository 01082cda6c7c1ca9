package cn.warmledger.cli;

import java.util.Map;

import cn.warmledger.domain.Messages;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.Version;

/** Opens and migrates the database and prints its counts: the installer's and CI's smoke test. */
final class SelfCheckCommand implements Command {
    @Override
    public int run(Invocation inv) {
        inv.args().rejectUnknownOptions();
        AppContext ctx = inv.context().get();
        inv.out().println(Messages.get("cli.selfCheck.version", Version.current()));
        inv.out().println(Messages.get("cli.selfCheck.dataDir", ctx.paths().dataDir()));
        inv.out().println(Messages.get("cli.selfCheck.schema", ctx.schemaVersion()));
        for (Map.Entry<String, Integer> e : ctx.tableCounts().entrySet()) {
            inv.out().println(e.getKey() + "\t" + e.getValue());
        }
        inv.out().println(Messages.get("cli.selfCheck.ok"));
        return 0;
    }
}
