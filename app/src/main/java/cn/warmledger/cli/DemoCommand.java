package cn.warmledger.cli;

import cn.warmledger.domain.Messages;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.demo.DemoDataService;

/**
 * {@code demo}: prepares the demo data folder beside the data folder (filled the first time, as the
 * first-run page's 试用演示数据 does) and prints where it is. The data folder itself is not opened (so a new one
 * needs no password for this).
 */
final class DemoCommand implements Command {
    @Override
    public int run(Invocation inv) {
        inv.args().rejectUnknownOptions();
        // the demo folder is its own (fictitious data, unencrypted); the data folder is not opened or created
        try (AppContext demo = new DemoDataService(inv.paths().get()).open()) {
            inv.out().println(Messages.get("cli.demo.ready", demo.paths().dataDir(), demo.recipients().count()));
        }
        return Cli.OK;
    }
}
