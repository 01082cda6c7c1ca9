package cn.warmledger.cli;

import java.nio.file.Path;

import cn.warmledger.domain.Messages;

/** {@code backup --to DIR}: a consistent backup of the open database into DIR; prints the file. */
final class BackupCommand implements Command {
    @Override
    public int run(Invocation inv) {
        String to = inv.args().required("--to");
        inv.args().rejectUnknownOptions();
        if (inv.args().words().size() > 1) {
            throw new UsageException(Messages.get("cli.unknownSubcommand", "backup", inv.args().word(1), "--to"));
        }
        Path file = inv.context().get().backups().backupTo(Path.of(to).toAbsolutePath());
        inv.out().println(file);
        return Cli.OK;
    }
}
