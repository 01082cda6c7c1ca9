package cn.warmledger.service.safety;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Progress;
import cn.warmledger.domain.ServerAddress;
import cn.warmledger.persistence.Database;
import cn.warmledger.persistence.DatabaseCopy;
import cn.warmledger.persistence.DatabaseCopy.TableFigures;

/**
 * 迁移到单位服务器 (issue 18 point 5, docs/decisions/18-5): this PC's H2 folder copied whole into an empty database on
 * the office's PostgreSQL server (migrated by Flyway first), then compared table by table — row counts and the sums of
 * every money column on both sides. The folder itself is left as it was.
 */
public final class MoveInService {
    private final Database source;
    private final AuditTrail audit;

    public MoveInService(Database source, AuditTrail audit) {
        this.source = source;
        this.audit = audit;
    }

    /** One table on both sides: rows and each DECIMAL column's sum. */
    public record TableComparison(String table, String label, long sourceRows, long targetRows,
                                  List<ColumnSum> sums) {
        public boolean equal() {
            return sourceRows == targetRows && sums.stream().allMatch(ColumnSum::equal);
        }
    }

    public record ColumnSum(String column, BigDecimal source, BigDecimal target) {
        /** The column's name for the clerk (慰问金, 慰问品折价 …). */
        public String label() {
            return DatabaseCopy.columnLabel(column);
        }

        public boolean equal() {
            return source.compareTo(target) == 0;
        }
    }

    /** The comparison after a copy: one line per table. */
    public record MoveResult(ServerAddress target, List<TableComparison> tables) {
        public boolean allEqual() {
            return tables.stream().allMatch(TableComparison::equal);
        }

        public long rows() {
            return tables.stream().mapToLong(TableComparison::targetRows).sum();
        }

        /** The tables that differ, named for the clerk (empty when all are equal). */
        public List<String> differing() {
            return tables.stream().filter(t -> !t.equal()).map(TableComparison::label).toList();
        }
    }

    /**
     * Copies this folder's data to {@code target} ({@code password}: its login's; the caller wipes it). Refuses in
     * Chinese a target already holding data (nothing written there); a failure or a cancel leaves the target empty.
     * Returns the comparison whether or not it found a difference: the caller says so loudly when it did.
     */
    public MoveResult moveTo(ServerAddress target, char[] password, Progress progress) {
        if (source.onServer()) {
            throw new InvalidValueException(Messages.get("move.title"), Messages.get("move.sourceOnServer"));
        }
        progress.message(Messages.get("move.connecting", target.toString()));
        try (Database server = Database.openServer(target, password)) {
            // checked again inside the copy's transaction; here it fails before the folder is read at all
            DatabaseCopy.refuseIfNotEmpty(server);
            List<TableFigures> before = DatabaseCopy.copy(source, server, progress);
            progress.message(Messages.get("move.comparing"));
            MoveResult result = compare(target, before, DatabaseCopy.figures(server));
            audit.record(AuditTrail.DATABASE, null, AuditAction.BACKUP, Messages.get("move.audit", target.toString(),
                    result.rows(), result.allEqual() ? Messages.get("move.audit.equal") : Messages.get("move.audit.differs")),
                    null, null);
            return result;
        }
    }

    static MoveResult compare(ServerAddress target, List<TableFigures> source, List<TableFigures> copied) {
        List<TableComparison> tables = new ArrayList<>();
        for (TableFigures s : source) {
            TableFigures t = copied.stream().filter(c -> c.table().equals(s.table())).findFirst()
                    .orElse(new TableFigures(s.table(), -1, Map.of()));
            List<ColumnSum> sums = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : s.sums().entrySet()) {
                sums.add(new ColumnSum(e.getKey(), e.getValue(), t.sums().getOrDefault(e.getKey(), BigDecimal.ZERO)));
            }
            tables.add(new TableComparison(s.table(), DatabaseCopy.tableLabel(s.table()), s.rows(), t.rows(), sums));
        }
        return new MoveResult(target, tables);
    }
}
