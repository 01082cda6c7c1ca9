package cn.warmledger.domain;

import java.time.LocalDateTime;

/**
 * One entry of the append-only 操作日志: when, who, what (entity, its id, the action) and the data
 * before and after as JSON text. Entries are never edited or deleted.
 */
public record AuditEntry(long id, LocalDateTime at, String operator, String entity, String entityId,
                         AuditAction action, String summary, String before, String after) {
}
