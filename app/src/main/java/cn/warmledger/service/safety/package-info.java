/**
 * Data safety (ui.safety and ui.audit): the 操作日志 ({@code AuditTrail}, {@code AuditJson}), backups and
 * restore ({@code BackupService}), and the database password ({@code PasswordService}). Every feature that writes
 * records through {@code AuditTrail}; safety itself depends only on {@code service.common}. Repository:
 * {@code AuditRepository}, and {@code Database}/{@code BackupFiles} for backup and password.
 */
package cn.warmledger.service.safety;
