package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.AUDIT_LOG;
import static cn.warmledger.persistence.jooq.Tables.OPERATOR;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.domain.CodedEnum;

/** The append-only 操作日志 (audit_log) and the operators who signed in. Nothing here updates or deletes. */
public final class AuditRepository {
    private final DSLContext dsl;

    public AuditRepository(Database database) {
        this.dsl = database.dsl();
    }

    public long append(String operator, String entity, String entityId, AuditAction action, String summary,
                       String before, String after) {
        return dsl.insertInto(AUDIT_LOG)
                .set(AUDIT_LOG.AT, LocalDateTime.now())
                .set(AUDIT_LOG.OPERATOR, operator)
                .set(AUDIT_LOG.ENTITY, entity)
                .set(AUDIT_LOG.ENTITY_ID, entityId)
                .set(AUDIT_LOG.ACTION, action.code())
                .set(AUDIT_LOG.SUMMARY, summary(summary))
                .set(AUDIT_LOG.BEFORE_DATA, before)
                .set(AUDIT_LOG.AFTER_DATA, after)
                .returning(AUDIT_LOG.ID)
                .fetchOne(AUDIT_LOG.ID);
    }

    /** One row of {@link #appendAll}: what {@link #append} takes, less the operator. */
    public record NewEntry(String entity, String entityId, AuditAction action, String summary, String before,
                           String after) {
    }

    /**
     * Appends many entries of one operator with multi-row INSERTs (an import: one entry per row, in order), 500 rows
     * a statement, instead of one statement and one generated-key read per entry.
     */
    public void appendAll(String operator, List<NewEntry> entries) {
        LocalDateTime at = LocalDateTime.now();
        for (int from = 0; from < entries.size(); from += 500) {
            var insert = dsl.insertInto(AUDIT_LOG, AUDIT_LOG.AT, AUDIT_LOG.OPERATOR, AUDIT_LOG.ENTITY, AUDIT_LOG.ENTITY_ID,
                    AUDIT_LOG.ACTION, AUDIT_LOG.SUMMARY, AUDIT_LOG.BEFORE_DATA, AUDIT_LOG.AFTER_DATA);
            for (NewEntry e : entries.subList(from, Math.min(entries.size(), from + 500))) {
                insert = insert.values(at, operator, e.entity(), e.entityId(), e.action().code(), summary(e.summary()),
                        e.before(), e.after());
            }
            insert.execute();
        }
    }

    private static String summary(String summary) {
        return summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
    }

    public List<AuditEntry> list(AuditQuery q) {
        List<Condition> c = new ArrayList<>();
        if (q.since() != null) {
            c.add(AUDIT_LOG.AT.ge(q.since().atStartOfDay()));
        }
        if (q.entity() != null) {
            c.add(AUDIT_LOG.ENTITY.eq(q.entity()));
        }
        if (q.action() != null) {
            c.add(AUDIT_LOG.ACTION.eq(q.action().code()));
        }
        if (q.operator() != null && !q.operator().isBlank()) {
            c.add(AUDIT_LOG.OPERATOR.contains(q.operator().strip()));
        }
        return dsl.selectFrom(AUDIT_LOG).where(c).orderBy(AUDIT_LOG.ID.desc()).limit(q.limit())
                .fetch(r -> new AuditEntry(r.getId(), r.getAt(), r.getOperator(), r.getEntity(), r.getEntityId(),
                        CodedEnum.fromCode(AuditAction.class, r.getAction()), r.getSummary(), r.getBeforeData(),
                        r.getAfterData()));
    }

    /** Distinct operator names seen in the log, for the screen's filter. */
    public List<String> operators() {
        return dsl.selectDistinct(AUDIT_LOG.OPERATOR).from(AUDIT_LOG).where(AUDIT_LOG.OPERATOR.isNotNull())
                .orderBy(AUDIT_LOG.OPERATOR).fetch(AUDIT_LOG.OPERATOR);
    }

    /** Records an operator name in the operator table (once). */
    public void rememberOperator(String name) {
        dsl.insertInto(OPERATOR).set(OPERATOR.NAME, name).onDuplicateKeyIgnore().execute();
    }

    public List<String> knownOperators() {
        return dsl.select(OPERATOR.NAME).from(OPERATOR).where(OPERATOR.ACTIVE.isTrue()).orderBy(OPERATOR.NAME)
                .fetch(OPERATOR.NAME);
    }
}
