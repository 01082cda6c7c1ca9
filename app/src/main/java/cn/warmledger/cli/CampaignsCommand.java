package cn.warmledger.cli;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.Campaign;
import cn.warmledger.domain.CampaignKind;
import cn.warmledger.domain.CodedEnum;
import cn.warmledger.domain.DateText;
import cn.warmledger.domain.FundRaised;
import cn.warmledger.domain.FundSource;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.service.campaigns.CampaignDraft;
import cn.warmledger.service.campaigns.CampaignService;

/**
 * {@code campaigns list [--format csv]}, {@code campaigns create --name N --kind K --from D --to D} (prints the
 * new id) and {@code campaigns add-fund --campaign ID --source S --amount A}.
 */
final class CampaignsCommand implements Command {

    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if ("list".equals(sub)) {
            return list(inv);
        }
        if ("create".equals(sub)) {
            return create(inv);
        }
        if ("add-fund".equals(sub)) {
            return addFund(inv);
        }
        throw new UsageException(Messages.get("cli.unknownSubcommand", "campaigns", sub, "list, create, add-fund"));
    }

    private static int list(Invocation inv) {
        boolean csv = Csv.isCsv(inv.args());
        inv.args().rejectUnknownOptions();
        CampaignService campaigns = inv.context().get().campaigns();
        List<List<String>> rows = campaigns.list().stream().map(c -> {
            BigDecimal raised = campaigns.funds(c.id()).stream().map(FundRaised::amount)
                    .reduce(Money.zero(), BigDecimal::add);
            return List.of(String.valueOf(c.id()), c.name(), c.kind().label(), c.startsOn().toString(),
                    c.endsOn().toString(), c.budget() == null ? "" : Money.yuan(c.budget()).toPlainString(),
                    raised.toPlainString(), c.status().label());
        }).toList();
        Csv.write(inv.out(), csv, List.of(Messages.get("col.id"), Messages.get("col.campaignName"),
                Messages.get("col.campaignKind"), Messages.get("col.startsOn"), Messages.get("col.endsOn"),
                Messages.get("col.budget"), Messages.get("col.raised"), Messages.get("col.campaignStatus")), rows);
        return Cli.OK;
    }

    private static int create(Invocation inv) {
        String name = inv.args().required("--name");
        CampaignKind kind = CodedEnum.parse(CampaignKind.class, Messages.get("field.campaignKind"),
                inv.args().required("--kind"));
        LocalDate from = date(inv.args().required("--from"), "--from");
        LocalDate to = date(inv.args().required("--to"), "--to");
        BigDecimal budget = inv.args().option("--budget").map(b -> Money.parse(Messages.get("field.budget"), b))
                .orElse(null);
        inv.args().rejectUnknownOptions();
        long id = inv.context().get().campaigns().save(new CampaignDraft(null, name, kind, from, to, budget, null,
                List.of()));
        inv.out().println(id);
        return Cli.OK;
    }

    private static int addFund(Invocation inv) {
        long campaignId = campaignId(inv.args().required("--campaign"));
        FundSource source = CodedEnum.parse(FundSource.class, Messages.get("field.fundSource"),
                inv.args().required("--source"));
        BigDecimal amount = Money.parse(Messages.get("field.amount"), inv.args().required("--amount"));
        inv.args().rejectUnknownOptions();
        CampaignService campaigns = inv.context().get().campaigns();
        Campaign c = campaigns.find(campaignId).orElseThrow(() -> new cn.warmledger.domain.InvalidValueException(
                Messages.get("field.campaign"), Messages.get("campaign.notFound", String.valueOf(campaignId))));
        campaigns.addFund(c.id(), source, amount, LocalDate.now(), null);
        inv.err().println(Messages.get("cli.fundAdded", c.name(), source.label(), Money.yuan(amount).toPlainString()));
        return Cli.OK;
    }

    static long campaignId(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(Messages.get("cli.badCampaignId", text));
        }
    }

    /** The window's and the importer's reading of a date (2021-01-08, 2021/1/8, 2021年1月8日 …). */
    private static LocalDate date(String text, String option) {
        try {
            return DateText.parse(option, text);
        } catch (InvalidValueException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
