package cn.warmledger.service.safety;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.persistence.BackupFiles;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.common.AppPaths;

/**
 * The way back to work when the data folder's H2 file is damaged and does not open (docs/decisions/21-1): the
 * automatic backups to choose from, the message naming the newest, and a restore that needs no open database. The
 * backup is checked as every restore checks it ({@link BackupFiles#verify}); the damaged file is never deleted but kept,
 * still encrypted, in the backups folder as {@code damaged-yyyyMMdd-HHmmss.mv.db}. The caller then opens the folder
 * as usual and records the restore in the audit log once it is open ({@code AppContext.openRestoring}).
 */
public final class DamagedFolderRestore {
    static final String DAMAGED_PREFIX = "damaged-";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final AppPaths paths;

    public DamagedFolderRestore(AppPaths paths) {
        this.paths = paths;
    }

    /** What a restore did: the backup's check, where the damaged file is kept, the password the folder opens with. */
    public record Restored(BackupService.Check check, Path keptDamaged, DatabasePassword openWith) {
    }

    /** The automatic backups of the backups folder, newest first. */
    public List<BackupService.Dated> automaticBackups() {
        return BackupService.automaticBackups(paths.backupsDir()).stream()
                .sorted(Comparator.comparing(BackupService.Dated::at).reversed()).toList();
    }

    /** How a backup is listed: its time and file name. */
    public static String label(BackupService.Dated backup) {
        return Messages.get("restore.damaged.item", SHOWN.format(backup.at()), backup.file().getFileName());
    }

    /** The clerk's message for the damaged folder, naming the newest automatic backup when there is one. */
    public DamagedDatabaseException explained() {
        return automaticBackups().stream().findFirst()
                .map(b -> new DamagedDatabaseException(Messages.get("database.damaged", SHOWN.format(b.at()),
                        b.file().getFileName())))
                .orElseGet(() -> new DamagedDatabaseException(Messages.get("database.damaged.noBackup")));
    }

    /** The newest automatic backup, if any. */
    public Optional<Path> newest() {
        return automaticBackups().stream().findFirst().map(BackupService.Dated::file);
    }

    /**
     * Restores {@code backup} into the damaged folder. {@code password}: the folder's (null for an unencrypted one);
     * refused with the usual wrong-password message when it is not the folder's, and refused when the file is not
     * damaged (it opens: restore from the open database then). {@code backupPassword}: the backup's when it was made
     * with another password (null: {@code password}). A backup that fails its check changes nothing.
     */
    public Restored restore(Path backup, DatabasePassword password, DatabasePassword backupPassword) {
        if (backup == null || !Files.isRegularFile(backup)) {
            throw new InvalidValueException(Messages.get("field.backupFile"),
                    Messages.get("backup.missing", String.valueOf(backup)));
        }
        Database.confirmDamaged(paths.dataDir(), password); // before unpacking anything
        Path work = BackupService.workDir(paths);
        try {
            DatabasePassword checkWith = backupPassword != null ? backupPassword : password;
            BackupFiles.Verified verified = BackupFiles.verify(backup, checkWith, work);
            Path keep = BackupService.uniqueName(paths.backupsDir(), DAMAGED_PREFIX, LocalDateTime.now(), ".mv.db");
            DatabasePassword openWith = Database.restoreDamaged(paths.dataDir(), password, verified, checkWith, keep);
            return new Restored(BackupService.toCheck(backup, verified), keep, openWith);
        } finally {
            BackupFiles.discard(work);
        }
    }
}
