package cn.warmledger.cli;

import cn.warmledger.domain.Messages;
import cn.warmledger.service.AppContext;

/**
 * {@code demo}: prepares the demo data folder beside the data folder (filled the first time, as the
 * first-run page's 试用演示数据 does) and prints where it is. The data folder itself is left as it is.
 */
final class DemoCommand implements Command {
    @Override
    public int run(Invocation inv) {
        inv.args().rejectUnknownOptions();
        try (AppContext demo = inv.context().get().demoData().open()) {
            inv.out().println(Messages.get("cli.demo.ready", demo.paths().dataDir(), demo.recipients().count()));
        }
        return Cli.OK;
    }
}
