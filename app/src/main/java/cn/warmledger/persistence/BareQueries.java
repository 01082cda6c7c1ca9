package cn.warmledger.persistence;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * The benchmark's bare-library baseline: the same work as the app's queries in hand-written SQL over
 * plain JDBC, without jOOQ, mapping or validation. Only the benchmark uses it.
 */
public final class BareQueries {
    // the app's aggregate (WarmthVisitFigures): one row per (单位, 类别), its columns added up per 单位 by the app
    private static final String WARMTH_STATS = """
            SELECT COALESCE(v.organization_id, ?) AS unit, r.category,
              COUNT(DISTINCT v.recipient_id),
              COUNT(DISTINCT CASE WHEN v.hardship_type = 'DEEP' THEN v.recipient_id END),
              COUNT(DISTINCT CASE WHEN v.hardship_type = 'RELATIVE' THEN v.recipient_id END),
              COUNT(DISTINCT CASE WHEN v.hardship_type = 'ACCIDENT' THEN v.recipient_id END),
              COUNT(DISTINCT CASE WHEN v.file_status = 'EXITED' THEN v.recipient_id END),
              COUNT(*), SUM(v.cash + v.goods_value)
            FROM visit v JOIN recipient r ON r.id = v.recipient_id
            WHERE v.campaign_id = ? AND v.deleted_at IS NULL AND r.deleted_at IS NULL
            GROUP BY unit, r.category""";
    private static final String FUNDS = "SELECT source, SUM(amount) FROM fund_raised WHERE campaign_id = ?"
            + " AND deleted_at IS NULL GROUP BY source";
    private static final String ROSTER = """
            SELECT u.code, u.name, r.name, r.gender, r.id_number, r.employer, r.category, v.hardship_type,
              v.cash, v.goods, v.goods_value, v.note
            FROM visit v JOIN recipient r ON r.id = v.recipient_id
              LEFT JOIN organization u ON u.id = COALESCE(v.organization_id, ?)
            WHERE v.campaign_id = ? AND v.deleted_at IS NULL AND r.deleted_at IS NULL
            ORDER BY u.code, r.name, v.id""";
    private static final String INSERT = "INSERT INTO recipient (id_number, name, gender, birth_date, phone, employer,"
            + " category) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final DSLContext dsl;

    public BareQueries(Database database) {
        this.dsl = database.dsl();
    }

    /** 送温暖统计表's figures by one GROUP BY (plus the funds); returns how many 单位 rows came back. */
    public int warmthStats(long campaignId, long selfId) {
        return dsl.connectionResult(c -> {
            try {
                int rows = 0;
                try (PreparedStatement ps = c.prepareStatement(WARMTH_STATS)) {
                    ps.setLong(1, selfId);
                    ps.setLong(2, campaignId);
                    rows += drain(ps);
                }
                try (PreparedStatement ps = c.prepareStatement(FUNDS)) {
                    ps.setLong(1, campaignId);
                    drain(ps);
                }
                return rows;
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
        });
    }

    /** The roster's cells, in the roster's order. */
    public List<Object[]> roster(long campaignId, long selfId) {
        return dsl.connectionResult(c -> {
            try (PreparedStatement ps = c.prepareStatement(ROSTER)) {
                ps.setLong(1, selfId);
                ps.setLong(2, campaignId);
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[n];
                        for (int i = 0; i < n; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
        });
    }

    /**
     * Inserts rows of (身份证号, 姓名, 性别, 出生日期, 电话, 工作单位, 类别) in one JDBC batch and one
     * transaction; returns how many went in.
     */
    public int insertRecipients(List<Object[]> rows) {
        return dsl.connectionResult(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                for (Object[] r : rows) {
                    for (int i = 0; i < r.length; i++) {
                        ps.setObject(i + 1, r[i] instanceof java.time.LocalDate d ? Date.valueOf(d) : r[i]);
                    }
                    ps.addBatch();
                }
                int done = ps.executeBatch().length;
                c.commit();
                return done;
            } catch (SQLException e) {
                c.rollback();
                throw new DataAccessException(e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    private static final String VISIT_GUARD = "SELECT r.id, EXISTS (SELECT 1 FROM visit v WHERE v.recipient_id = r.id"
            + " AND v.campaign_id = ? AND v.assistance_kind = ? AND v.deleted_at IS NULL) FROM recipient r"
            + " WHERE r.id_number = ?";
    private static final String VISIT_INSERT = "INSERT INTO visit (recipient_id, campaign_id, visited_on, form, cash,"
            + " assistance_kind, created_by, updated_by) VALUES (?, ?, ?, ?, ?, ?, 'bare', 'bare')";

    /**
     * A roster's visits the bare way: per row of (身份证号, 慰问日期, 慰问金) one query for the recipient and whether
     * the campaign already has a visit of that kind for them (the guard), then one JDBC batch insert of the new
     * visits, all in one transaction; returns how many went in.
     */
    public int insertVisits(long campaignId, String kind, String form, List<Object[]> rows) {
        return dsl.connectionResult(c -> {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement guard = c.prepareStatement(VISIT_GUARD);
                 PreparedStatement insert = c.prepareStatement(VISIT_INSERT)) {
                int n = 0;
                for (Object[] r : rows) {
                    guard.setLong(1, campaignId);
                    guard.setString(2, kind);
                    guard.setString(3, (String) r[0]);
                    try (ResultSet rs = guard.executeQuery()) {
                        if (!rs.next() || rs.getBoolean(2)) {
                            continue;
                        }
                        insert.setLong(1, rs.getLong(1));
                    }
                    insert.setLong(2, campaignId);
                    insert.setDate(3, Date.valueOf((java.time.LocalDate) r[1]));
                    insert.setString(4, form);
                    insert.setBigDecimal(5, (java.math.BigDecimal) r[2]);
                    insert.setString(6, kind);
                    insert.addBatch();
                    n++;
                }
                insert.executeBatch();
                c.commit();
                return n;
            } catch (SQLException e) {
                c.rollback();
                throw new DataAccessException(e.getMessage(), e);
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    /** Asks the database to refresh its statistics after the bulk load, as a long-lived file would have them. */
    public void analyze() {
        dsl.connection(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE");
            }
        });
    }

    private static int drain(PreparedStatement ps) throws SQLException {
        int rows = 0;
        try (ResultSet rs = ps.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            int n = md.getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= n; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }
}
