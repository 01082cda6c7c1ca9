package cn.warmledger.cli;

import java.nio.file.Path;
import java.util.Map;

import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.safety.BackupService;

/**
 * {@code restore FILE [--backup-password-file F]}: checks the backup (opens it, counts rows, reads every
 * row) and only then replaces the database, keeping the current one as a pre-restore backup. When the database
 * file is damaged and does not open, the restore runs without it and keeps the damaged file aside
 * (docs/decisions/21-1).
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
        Path backup = Path.of(file).toAbsolutePath();
        AppContext app;
        try {
            app = inv.context().get();
        } catch (DamagedDatabaseException e) {
            return restoreDamaged(inv, backup, backupPassword);
        }
        BackupService.Restored r = app.backups().restore(backup, backupPassword);
        printCheck(inv, r.check());
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

    private static int restoreDamaged(Invocation inv, Path backup, DatabasePassword backupPassword) {
        inv.err().println(Messages.get("cli.restore.damaged"));
        AppContext.Restored r = AppContext.openRestoring(inv.paths().get(), backup, inv.password().get(),
                backupPassword);
        try (AppContext app = r.app()) {
            printCheck(inv, r.restore().check());
            inv.out().println(Messages.get("cli.restore.keptDamaged", r.restore().keptDamaged()));
            inv.out().println(Messages.get("cli.restore.done"));
            if (!app.passwords().encrypted()) {
                inv.err().println(Messages.get("restore.unencrypted"));
            }
        }
        return Cli.OK;
    }

    private static void printCheck(Invocation inv, BackupService.Check check) {
        inv.out().println(Messages.get("cli.restore.checked", check.schemaVersion()));
        for (Map.Entry<String, Integer> e : check.counts().entrySet()) {
            inv.out().println(e.getKey() + "\t" + e.getValue());
        }
    }
}
