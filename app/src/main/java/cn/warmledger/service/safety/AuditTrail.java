package cn.warmledger.service.safety;

import java.util.List;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.AuditQuery;
import cn.warmledger.persistence.AuditRepository;
import cn.warmledger.persistence.Transactor;
import cn.warmledger.service.common.CurrentOperator;

/**
 * The 操作日志 for every service: {@link #record} appends who did what to which row, with the data
 * before and after as JSON. Called inside the service's transaction, it commits or rolls back with the
 * change itself. The data is kept whole in the (encrypted) database and never written to a log.
 */
public final class AuditTrail {
    /** Entity names used in the log (other features add their own: visit, campaign, fund_raised, …). */
    public static final String RECIPIENT = "recipient";
    public static final String HARDSHIP_FILE = "hardship_file";
    public static final String FAMILY_MEMBER = "family_member";
    public static final String SETTING = "setting";
    public static final String VISIT = "visit";
    public static final String CAMPAIGN = "campaign";
    public static final String FUND_RAISED = "fund_raised";
    public static final String ENTERPRISE = "enterprise";
    public static final String ENTERPRISE_VISIT = "enterprise_visit";
    public static final String SERVICE_TALLY = "service_tally";
    public static final String SERVICE_ITEM = "service_item";
    public static final String DATABASE = "database";
    public static final String SESSION = "session";
    public static final String ORGANIZATION = "organization";
    public static final String RECEIVED_SUBMISSION = "received_submission";
    public static final String CAMPAIGN_ALIAS = "campaign_alias";
    /** An operator account on the shared server (issue 18). */
    public static final String OPERATOR = "operator";

    private final AuditRepository repository;
    private final Transactor tx;
    private final CurrentOperator operator;

    public AuditTrail(AuditRepository repository, Transactor tx, CurrentOperator operator) {
        this.repository = repository;
        this.tx = tx;
        this.operator = operator;
    }

    /**
     * Appends one entry. {@code before}/{@code after} are records, lists, maps or plain values (turned
     * into JSON by {@link AuditJson}) or null; a String is stored as it is.
     */
    public void record(String entity, Object id, AuditAction action, Object before, Object after) {
        record(entity, id, action, null, before, after);
    }

    public void record(String entity, Object id, AuditAction action, String summary, Object before, Object after) {
        String b = AuditJson.of(before);
        String a = AuditJson.of(after);
        String who = operator.name();
        String entityId = id == null ? null : String.valueOf(id);
        tx.run(() -> repository.append(who, entity, entityId, action, summary, b, a));
    }

    /** One entry of {@link #recordAll}: the arguments of {@link #record}. */
    public record Entry(String entity, Object id, AuditAction action, Object before, Object after) {
    }

    /**
     * Appends many entries at once (an import's chunk): the same entries {@link #record} would write one by one, in
     * order, written with multi-row INSERTs inside the caller's transaction.
     */
    public void recordAll(List<Entry> entries) {
        String who = operator.name();
        List<AuditRepository.NewEntry> rows = new java.util.ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(new AuditRepository.NewEntry(e.entity(), e.id() == null ? null : String.valueOf(e.id()), e.action(),
                    null, AuditJson.of(e.before()), AuditJson.of(e.after())));
        }
        tx.run(() -> repository.appendAll(who, rows));
    }

    public List<AuditEntry> list(AuditQuery query) {
        return repository.list(query);
    }

    public List<String> operators() {
        return repository.operators();
    }

    /** Signs an operator in: remembered in the operator table and logged. */
    public void signIn(String name) {
        operator.signIn(name);
        tx.run(() -> {
            repository.rememberOperator(operator.name());
            record(SESSION, null, AuditAction.SIGN_IN, null, null);
        });
    }

    public List<String> knownOperators() {
        return repository.knownOperators();
    }
}
