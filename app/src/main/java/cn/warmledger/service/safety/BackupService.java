package cn.warmledger.service.safety;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.persistence.BackupFiles;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.DatabaseException;
import cn.warmledger.service.common.AppPaths;

/**
 * Backups of the database (docs/decisions/8-1): automatic ones in the data folder's backups folder (on
 * exit and once a day, rotated: the newest {@value #KEEP_NEWEST} and the newest of every month), manual
 * ones anywhere (a U盘), and a restore that checks the backup before anything is replaced and keeps the
 * current database as a pre-restore backup.
 */
public final class BackupService {
    public static final int KEEP_NEWEST = 10;
    static final String AUTO_PREFIX = "auto-";
    static final String PRE_RESTORE_PREFIX = "pre-restore-";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final AppPaths paths;
    private final AuditTrail audit;

    public BackupService(Database database, AppPaths paths, AuditTrail audit) {
        this.database = database;
        this.paths = paths;
        this.audit = audit;
    }

    /** What a checked backup holds, shown before the clerk confirms a restore. */
    public record Check(Path file, Map<String, Integer> counts, String schemaVersion, boolean encrypted) {
    }

    /** {@code encrypted}: the restored database is encrypted (always so when the folder was; docs/decisions/19-1). */
    public record Restored(Check check, Path preRestoreBackup, boolean encrypted, boolean passwordAdopted) {
    }

    /**
     * An automatic backup into the backups folder, then rotation; returns the new file. None on a server (every PC
     * would dump the whole office's database at each exit): refused in Chinese there (docs/decisions/18-5).
     */
    public Path automatic() {
        if (database.onServer()) {
            throw new DatabaseException("backup.serverAutomatic", null);
        }
        Path file = write(paths.backupsDir(), AUTO_PREFIX);
        rotate(paths.backupsDir());
        return file;
    }

    /** True when no automatic backup was made today (never on a server). */
    public boolean dailyDue(LocalDate today) {
        return !database.onServer() && automaticBackups(paths.backupsDir()).stream().noneMatch(b -> b.at().toLocalDate().equals(today));
    }

    /** A backup into {@code folder} (备份到…, e.g. a U盘); returns the new file. */
    public Path backupTo(Path folder) {
        if (folder == null) {
            throw new InvalidValueException(Messages.get("field.backupFolder"), Messages.get("error.required"));
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new InvalidValueException(Messages.get("field.backupFolder"),
                    Messages.get("backup.notAFolder", folder.toString()));
        }
        Path file = write(folder, "warmledger-");
        audit.record(AuditTrail.DATABASE, null, AuditAction.BACKUP, file.getFileName().toString(), null, null);
        return file;
    }

    private Path write(Path folder, String prefix) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new InvalidValueException(Messages.get("field.backupFolder"),
                    Messages.get("backup.notAFolder", folder.toString()));
        }
        Path file = uniqueName(folder, prefix, LocalDateTime.now(), database.onServer() ? ".dump" : ".zip");
        Path temp = folder.resolve(file.getFileName() + ".tmp");
        if (database.onServer()) {
            database.dumpTo(temp); // pg_dump, or the Chinese "the server administrator's job" without it
        } else {
            database.backupTo(temp);
        }
        try {
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InvalidValueException(Messages.get("field.backupFolder"),
                    Messages.get("backup.notAFolder", folder.toString()));
        }
        return file;
    }

    static Path uniqueName(Path folder, String prefix, LocalDateTime at, String extension) {
        Path file = folder.resolve(prefix + STAMP.format(at) + extension);
        for (int i = 2; Files.exists(file); i++) {
            file = folder.resolve(prefix + STAMP.format(at) + "-" + i + extension);
        }
        return file;
    }

    /** Opens, counts and reads the backup without touching the database; {@code password} null = the current one. */
    public Check verify(Path backup, DatabasePassword password) {
        if (database.onServer()) {
            throw new DatabaseException("restore.serverRefused", null, database.server().orElseThrow().toString());
        }
        Path work = workDir();
        try {
            return toCheck(backup, database.verifyBackup(backup, work, password));
        } finally {
            BackupFiles.discard(work);
        }
    }

    /**
     * Checks the backup first (opens it, counts rows, reads every row); only then keeps the current
     * database as a pre-restore backup and puts the backup in its place. A backup that fails the check
     * changes nothing. An encrypted folder stays encrypted with its own password, whatever the backup was.
     */
    public Restored restore(Path backup, DatabasePassword password) {
        if (database.onServer()) {
            // a PC never overwrites the office's database: that is the server administrator's pg_restore
            throw new DatabaseException("restore.serverRefused", null, database.server().orElseThrow().toString());
        }
        if (backup == null || !Files.isRegularFile(backup)) {
            throw new InvalidValueException(Messages.get("field.backupFile"),
                    Messages.get("backup.missing", String.valueOf(backup)));
        }
        Path work = workDir();
        try {
            BackupFiles.Verified verified = database.verifyBackup(backup, work, password);
            boolean wasEncrypted = database.encrypted();
            Path keep = uniqueName(paths.backupsDir(), PRE_RESTORE_PREFIX, LocalDateTime.now(), ".zip");
            database.restoreVerified(verified, password, keep);
            audit.record(AuditTrail.DATABASE, null, AuditAction.RESTORE_BACKUP, backup.getFileName().toString(),
                    null, null);
            return new Restored(toCheck(backup, verified), keep, database.encrypted(),
                    !wasEncrypted && database.encrypted());
        } finally {
            BackupFiles.discard(work);
        }
    }

    /**
     * Where a backup is unpacked and checked: a folder beside the data folder, never inside it, so a backup
     * that turns out to be a zip bomb or damaged fills nothing in the data folder (docs/decisions/19-1). The
     * checked file is then copied into the data folder's own scratch folder and renamed into place.
     */
    private Path workDir() {
        return workDir(paths);
    }

    static Path workDir(AppPaths paths) {
        Path data = paths.dataDir().toAbsolutePath();
        Path parent = data.getParent();
        return parent == null ? data.resolve("restore-check.tmp")
                : parent.resolve(data.getFileName() + ".restore-check.tmp");
    }

    /**
     * Removes a check's work folder left by a kill or power cut mid-restore: it may hold an unencrypted copy of a
     * backup (docs/decisions/19-1). Called at open, after the database is open: only the one app that holds H2's
     * file lock on this folder ever checks a backup for it, so no other process can be using the work folder.
     */
    public static void discardLeftoverCheck(AppPaths paths) {
        BackupFiles.discard(workDir(paths));
    }

    static Check toCheck(Path file, BackupFiles.Verified v) {
        return new Check(file, v.counts(), v.schemaVersion(), v.encrypted());
    }

    /** The backups in the backups folder, newest first (automatic and pre-restore ones). */
    public List<Path> list() {
        try (Stream<Path> s = Files.list(paths.backupsDir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** A backup and the time it was made (from its name). */
    public record Dated(Path file, LocalDateTime at) {
    }

    static List<Dated> automaticBackups(Path folder) {
        List<Dated> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> s = Files.list(folder)) {
            s.forEach(p -> parse(p).ifPresent(found::add));
        } catch (IOException e) {
            return found;
        }
        return found;
    }

    private static Optional<Dated> parse(Path p) {
        String name = p.getFileName().toString();
        if (!name.startsWith(AUTO_PREFIX) || !name.endsWith(".zip")) {
            return Optional.empty();
        }
        String stamp = name.substring(AUTO_PREFIX.length(), AUTO_PREFIX.length() + 15);
        try {
            return Optional.of(new Dated(p, LocalDateTime.parse(stamp, STAMP)));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    /** Keeps the newest {@value #KEEP_NEWEST} automatic backups and the newest of every month; deletes the rest. */
    static void rotate(Path folder) {
        for (Dated d : toDelete(automaticBackups(folder))) {
            try {
                Files.deleteIfExists(d.file());
            } catch (IOException e) {
                // a backup that cannot be deleted now is tried again at the next rotation
            }
        }
    }

    static List<Dated> toDelete(List<Dated> backups) {
        List<Dated> newestFirst = new ArrayList<>(backups);
        newestFirst.sort(Comparator.comparing(Dated::at).reversed());
        Set<String> months = new HashSet<>();
        List<Dated> delete = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            Dated d = newestFirst.get(i);
            boolean firstOfMonth = months.add(d.at().getYear() + "-" + d.at().getMonthValue());
            if (i >= KEEP_NEWEST && !firstOfMonth) {
                delete.add(d);
            }
        }
        return delete;
    }
}
