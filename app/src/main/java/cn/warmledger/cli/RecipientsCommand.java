package cn.warmledger.cli;

import java.util.List;

import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.RecipientQuery;
import cn.warmledger.domain.RecipientSummary;

/** {@code recipients list [--format csv] [--full-id]}: the register, 身份证号 masked unless asked. */
final class RecipientsCommand implements Command {
    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if (!"list".equals(sub)) {
            throw new UsageException(Messages.get("cli.unknownSubcommand", "recipients", sub, "list"));
        }
        boolean csv = Csv.isCsv(inv.args());
        boolean fullId = inv.args().flag("--full-id");
        inv.args().rejectUnknownOptions();
        List<RecipientSummary> rows = inv.context().get().recipients().search(RecipientQuery.all());
        if (fullId) {
            inv.context().get().recipients().fullNumbersShown(rows.size());
        }
        Csv.write(inv.out(), csv, List.of(Messages.get("col.id"), Messages.get("col.name"), Messages.get("col.gender"),
                        Messages.get("col.idNumber"), Messages.get("col.phone"), Messages.get("col.employer"),
                        Messages.get("col.category"), Messages.get("col.hardshipType"), Messages.get("col.fileStatus"),
                        Messages.get("col.unit")),
                rows.stream().map(r -> List.of(String.valueOf(r.id()), r.name(), label(r.gender()),
                        fullId ? r.idNumber() : r.maskedIdNumber(), nz(fullId ? r.phone() : r.maskedPhone()),
                        nz(r.employer()), label(r.category()), label(r.hardshipType()), label(r.fileStatus()),
                        nz(r.organizationName()))).toList());
        return 0;
    }

    private static String label(CodedEnum e) {
        return e == null ? "" : e.label();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
