package cn.warmledger.service.safety;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.persistence.Database;

/** The database password: is the file encrypted, and changing the password (or setting a first one). */
public final class PasswordService {
    private final Database database;
    private final AuditTrail audit;

    public PasswordService(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /**
     * Writes the password to a recovery file in {@code folder} (a U盘 kept locked away): the only way back
     * if the password is forgotten. Returns the file.
     */
    public java.nio.file.Path writeRecoveryFile(java.nio.file.Path folder, DatabasePassword password) {
        java.nio.file.Path file = folder.resolve(Messages.get("password.recovery.fileName"));
        char[] chars = password.chars();
        try {
            java.nio.file.Files.createDirectories(folder);
            try (java.io.Writer w = java.nio.file.Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
                w.write(Messages.get("password.recovery.text", database.dataDir().toString()));
                w.write(System.lineSeparator());
                w.write(chars);
                w.write(System.lineSeparator());
            }
        } catch (java.io.IOException e) {
            throw new cn.warmledger.domain.InvalidValueException(Messages.get("field.backupFolder"),
                    Messages.get("backup.notAFolder", folder.toString()));
        } finally {
            java.util.Arrays.fill(chars, '\0');
        }
        return file;
    }

    public boolean encrypted() {
        return database.encrypted();
    }

    /**
     * Re-encrypts the database with {@code next} after checking {@code current} (ignored while the file is
     * not yet encrypted). Crash-safe: the file opens with the old or with the new password at every moment.
     */
    public void change(DatabasePassword current, DatabasePassword next) {
        if (database.encrypted() && !database.isPassword(current)) {
            throw new WrongPasswordException(Messages.get("password.currentWrong"));
        }
        next.checkStrongEnough();
        boolean first = !database.encrypted();
        database.changePassword(next);
        audit.record(AuditTrail.DATABASE, null, AuditAction.PASSWORD_CHANGE,
                Messages.get(first ? "password.audit.encrypted" : "password.audit.changed"), null, null);
    }
}
