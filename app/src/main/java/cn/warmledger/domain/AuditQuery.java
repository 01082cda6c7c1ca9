package cn.warmledger.domain;

import java.time.LocalDate;

/** Filters of the 操作日志: from a day on, one entity kind, one action, an operator; newest first. */
public record AuditQuery(LocalDate since, String entity, AuditAction action, String operator, int limit) {
    public static final int DEFAULT_LIMIT = 5000;

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, DEFAULT_LIMIT);
    }

    public AuditQuery withSince(LocalDate day) {
        return new AuditQuery(day, entity, action, operator, limit);
    }
}
