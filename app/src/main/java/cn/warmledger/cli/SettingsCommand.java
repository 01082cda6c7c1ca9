package cn.warmledger.cli;

import java.util.List;

import cn.warmledger.domain.Messages;
import cn.warmledger.service.settings.SettingsService;

/**
 * {@code settings list [--format csv]} (secrets masked) and {@code settings set KEY VALUE}, so a county
 * IT person can script a township's set-up. An empty VALUE clears an optional setting.
 */
final class SettingsCommand implements Command {
    @Override
    public int run(Invocation inv) {
        String sub = inv.args().word(1);
        if ("list".equals(sub)) {
            boolean csv = Csv.isCsv(inv.args());
            inv.args().rejectUnknownOptions();
            List<SettingsService.Shown> rows = inv.context().get().settings().list();
            Csv.write(inv.out(), csv, List.of(Messages.get("col.settingKey"), Messages.get("col.settingValue"),
                            Messages.get("col.settingMeaning")),
                    rows.stream().map(r -> List.of(r.key(), r.value(), r.meaning())).toList());
            return Cli.OK;
        }
        if ("set".equals(sub)) {
            inv.args().rejectUnknownOptions();
            String key = inv.args().word(2);
            String value = inv.args().word(3);
            if (key == null || value == null || inv.args().words().size() > 4) {
                throw new UsageException(Messages.get("cli.settings.setUsage"));
            }
            SettingsService settings = inv.context().get().settings();
            if (!settings.isKnown(key)) {
                throw new UsageException(Messages.get("cli.settings.unknownKey", key, String.join(", ", settings.keys())));
            }
            settings.set(key, value);
            String shown = settings.isSecret(key) && !value.isBlank() ? SettingsService.MASK : value.strip();
            inv.out().println(Messages.get("cli.settings.saved", key, shown));
            return Cli.OK;
        }
        throw new UsageException(Messages.get("cli.unknownSubcommand", "settings", sub, "list, set"));
    }
}
