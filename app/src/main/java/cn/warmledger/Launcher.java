package cn.warmledger;

import cn.warmledger.cli.Cli;
import cn.warmledger.ui.WarmLedgerApp;

/**
 * Entry point of the jar. Not a JavaFX Application on purpose: with JavaFX on the class path a main
 * class extending Application fails with "JavaFX runtime components are missing".
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        if (Cli.wantsCommandLine(args)) {
            int code;
            try {
                code = new Cli().run(args, Stdio.out(), Stdio.err());
            } catch (RuntimeException e) {
                code = Cli.USAGE;
                Stdio.err().println(e.getMessage());
            }
            System.exit(code);
        }
        WarmLedgerApp.launchWith(args);
    }
}
