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
        mailDefaults();
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

    /**
     * The mail classes read mail.mime.* once, when they load: set them before anything touches them.
     * UTF-8 for headers and RFC 2231 names; decode =?GBK?B?…?= names that Foxmail/QQ/Outlook send.
     */
    static void mailDefaults() {
        for (String[] p : new String[][] {{"mail.mime.charset", "UTF-8"}, {"mail.mime.encodeparameters", "true"},
                {"mail.mime.decodeparameters", "true"}, {"mail.mime.decodefilename", "true"}}) {
            if (System.getProperty(p[0]) == null) {
                System.setProperty(p[0], p[1]);
            }
        }
    }
}
