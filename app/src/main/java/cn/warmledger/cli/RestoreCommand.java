package cn.warmledger.cli;

import java.nio.file.Path;
import java.util.Map;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.service.safety.BackupService;

/**
 * {@code restore FILE [--backup-password-file F]}: checks the backup (opens it, counts rows, reads every
 * row) and only then replaces the database, keeping the current one as a pre-restore backup.
 */
final class RestoreCommand implements Command {
    @Override
    public int run(Invocation inv) {
        String file = inv.args().word(1);
        if (file == null) {
            throw new UsageException(Messages.get("cli.restore.fileMissing"));
        }
        DatabasePassword backupPassword = inv.args().option("--backup-password-file")
                .map(PasswordSource::fromFile).orElse(null);
        inv.args().rejectUnknownOptions();
        BackupService.Restored r = inv.context().get().backups().restore(Path.of(file).toAbsolutePath(), backupPassword);
        inv.out().println(Messages.get("cli.restore.checked", r.check().schemaVersion()));
        for (Map.Entry<String, Integer> e : r.check().counts().entrySet()) {
            inv.out().println(e.getKey() + "\t" + e.getValue());
        }
        inv.out().println(Messages.get("cli.restore.kept", r.preRestoreBackup()));
        inv.out().println(Messages.get("cli.restore.done"));
        if (r.passwordAdopted()) {
            inv.out().println(Messages.get("restore.passwordAdopted"));
        }
        if (!r.encrypted()) {
            inv.err().println(Messages.get("restore.unencrypted"));
        }
        return Cli.OK;
    }
}
