package cn.warmledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Organization;
import cn.warmledger.service.consolidation.UnitDraft;
import cn.warmledger.service.consolidation.UnitImportResult;
import cn.warmledger.service.consolidation.UnitService;

/**
 * 下级单位: {@code units list [--format csv]}, {@code units add --code C --name N [--contact X] [--phone P]}
 * (adds, or updates the unit with that code), {@code units import F.xlsx} and {@code units remove --code C}.
 */
final class UnitsCommand implements Command {

    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if ("list".equals(sub)) {
            return list(inv);
        }
        if ("add".equals(sub)) {
            return add(inv);
        }
        if ("import".equals(sub)) {
            return importFile(inv);
        }
        if ("remove".equals(sub)) {
            return remove(inv);
        }
        throw new UsageException(Messages.get("cli.unknownSubcommand", "units", sub, "list, add, import, remove"));
    }

    private static int list(Invocation inv) {
        boolean csv = Csv.isCsv(inv.args());
        inv.args().rejectUnknownOptions();
        List<List<String>> rows = inv.context().get().units().list().stream()
                .map(u -> List.of(u.code(), u.name(), blank(u.contact()), blank(u.phone()))).toList();
        Csv.write(inv.out(), csv, List.of(Messages.get("unit.code"), Messages.get("unit.name"),
                Messages.get("unit.contact"), Messages.get("unit.phone")), rows);
        return Cli.OK;
    }

    private static int add(Invocation inv) {
        String code = inv.args().required("--code");
        String name = inv.args().required("--name");
        Optional<String> contact = inv.args().option("--contact");
        Optional<String> phone = inv.args().option("--phone");
        inv.args().rejectUnknownOptions();
        UnitService units = inv.context().get().units();
        Optional<Organization> known = units.find(code);
        // an update names what changes: a contact or phone not given stays as it was
        UnitDraft draft = new UnitDraft(code, name, contact.orElse(known.map(Organization::contact).orElse(null)),
                phone.orElse(known.map(Organization::phone).orElse(null)));
        units.save(draft);
        inv.err().println(Messages.get(known.isPresent() ? "cli.unitUpdated" : "cli.unitAdded", draft.code().strip(),
                draft.name().strip()));
        return Cli.OK;
    }

    private static int importFile(Invocation inv) {
        String name = inv.args().word(2);
        if (name == null) {
            throw new UsageException(Messages.get("cli.unitsImportFile"));
        }
        inv.args().rejectUnknownOptions();
        Path file = Path.of(name);
        if (!Files.isRegularFile(file)) {
            throw new InvalidValueException(name, Messages.get("cli.unitsFileMissing"));
        }
        UnitImportResult result = inv.context().get().units().importFile(file);
        result.problems().forEach(inv.err()::println);
        inv.out().println(Messages.get("cli.unitsImported", result.added(), result.updated(), result.problems().size()));
        return result.problems().isEmpty() ? Cli.OK : Cli.FAILURE;
    }

    private static int remove(Invocation inv) {
        String code = inv.args().required("--code");
        inv.args().rejectUnknownOptions();
        inv.context().get().units().remove(code);
        return Cli.OK;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
