package cn.warmledger.cli;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.SheetGrid;
import cn.warmledger.domain.Progress;
import cn.warmledger.service.reports.ReportRequest;
import cn.warmledger.service.printing.PrintReceipt;
import cn.warmledger.service.printing.PrinterService;

/**
 * {@code print warmth-stats|aid-center|roster ... [--printer NAME] [--copies N]} (the tables {@code export}
 * names) and {@code print --list-printers}. Prints through the same path as 报表 → 打印; exits 1 with the
 * reason when nothing was printed.
 */
final class PrintCommand implements Command {
    private final PrinterService printing;

    PrintCommand(PrinterService printing) {
        this.printing = printing;
    }

    @Override
    public int run(Invocation inv) {
        Arguments args = inv.args();
        if (args.flag("--list-printers")) {
            args.rejectUnknownOptions();
            return listPrinters(inv);
        }
        ReportRequest request = ReportSelectors.parse(args, "print.usage");
        String printer = args.option("--printer").orElse(null);
        int copies = copies(args.option("--copies").orElse("1"));
        args.rejectUnknownOptions();

        var reports = inv.context().get().reports();
        if (request.template() != null) {
            reports.checkTemplate(request.kind(), request.template());
        }
        SheetGrid sheet = reports.sheet(request, Progress.none());
        sheet.setup().paperNote().ifPresent(inv.err()::println);
        PrintReceipt receipt = printing.print(sheet, printer, copies, request.kind().label());
        reports.printed(request, receipt);
        inv.out().println(receipt.message());
        return Cli.OK;
    }

    /** 1..99, checked before any figures are read; anything else names the option and exits 1. */
    private static int copies(String value) {
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= PrinterService.MAX_COPIES) {
                return n;
            }
        }
        throw new InvalidValueException(null, Messages.get("print.copiesOption", PrinterService.MAX_COPIES, value));
    }

    private int listPrinters(Invocation inv) {
        var printers = printing.printers();
        if (printers.isEmpty()) {
            inv.err().println(Messages.get("print.noPrinters"));
            return Cli.FAILURE;
        }
        String byDefault = printing.defaultPrinter().orElse(null);
        inv.out().println(Messages.get("print.listHeader"));
        for (String name : printers) {
            inv.out().println("  " + name + (name.equals(byDefault) ? Messages.get("print.default") : ""));
        }
        return Cli.OK;
    }
}
