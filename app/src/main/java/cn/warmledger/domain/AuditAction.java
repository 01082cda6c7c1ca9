package cn.warmledger.domain;

/** What an entry of the 操作日志 records. */
public enum AuditAction implements CodedEnum {
    INSERT, UPDATE, DELETE, RESTORE, SHOW_FULL, SIGN_IN, PASSWORD_CHANGE, BACKUP, RESTORE_BACKUP
}
