package cn.warmledger.cli;

import java.util.ArrayList;
import java.util.List;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.VisitQuery;
import cn.warmledger.domain.VisitSummary;
import cn.warmledger.domain.VisitTotals;

/** {@code visits list [--campaign ID] [--format csv] [--full-id]}: visits, 身份证号 masked unless asked. */
final class VisitsCommand implements Command {

    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if (!"list".equals(sub)) {
            throw new UsageException(Messages.get("cli.unknownSubcommand", "visits", sub, "list"));
        }
        Long campaignId = inv.args().option("--campaign").map(CampaignsCommand::campaignId).orElse(null);
        boolean csv = Csv.isCsv(inv.args());
        boolean fullId = inv.args().flag("--full-id");
        inv.args().rejectUnknownOptions();
        List<VisitSummary> rows = inv.context().get().visits().search(VisitQuery.ofCampaign(campaignId));
        if (fullId) {
            inv.context().get().visits().fullNumbersShown(rows.size());
        }
        List<List<String>> lines = new ArrayList<>();
        for (VisitSummary v : rows) {
            lines.add(List.of(String.valueOf(v.id()), v.visitedOn().toString(), v.recipientName(),
                    fullId ? v.idNumber() : v.maskedIdNumber(), label(v.category()), label(v.hardshipType()),
                    nz(v.campaignName()), label(v.form()), nz(v.visitors()), v.cash().toPlainString(), nz(v.goods()),
                    v.goodsValue().toPlainString(), label(v.fundSource()), label(v.assistanceKind()),
                    v.signed() ? Messages.get("cli.yes") : Messages.get("cli.no"), nz(v.organizationName()),
                    nz(v.duplicateReason())));
        }
        Csv.write(inv.out(), csv, List.of(Messages.get("col.id"), Messages.get("col.visitedOn"),
                Messages.get("col.name"), Messages.get("col.idNumber"), Messages.get("col.category"),
                Messages.get("col.hardshipType"), Messages.get("col.campaignName"), Messages.get("col.visitForm"),
                Messages.get("col.visitors"), Messages.get("col.cash"), Messages.get("col.goods"),
                Messages.get("col.goodsValue"), Messages.get("col.fundSource"), Messages.get("col.assistanceKind"),
                Messages.get("col.signed"), Messages.get("col.unit"), Messages.get("col.duplicateReason")), lines);
        VisitTotals t = VisitTotals.of(rows);
        inv.err().println(Messages.get("cli.visitTotals", t.count(), t.cash().toPlainString(),
                t.goodsValue().toPlainString()));
        return Cli.OK;
    }

    private static String label(CodedEnum e) {
        return e == null ? "" : e.label();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
