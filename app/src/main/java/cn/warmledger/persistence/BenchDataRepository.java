package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.CAMPAIGN;
import static cn.warmledger.persistence.jooq.Tables.FUND_RAISED;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.ORGANIZATION;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static cn.warmledger.persistence.jooq.Tables.VISIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;

/**
 * Bulk writer of the synthetic county the benchmark runs on (multi-row inserts; the caller wraps each
 * chunk in one transaction). Bypasses the services on purpose: it fills hundreds of thousands of rows.
 */
public final class BenchDataRepository {
    private final DSLContext dsl;

    public BenchDataRepository(Database database) {
        this.dsl = database.dsl();
    }

    public record RecipientRow(String idNumber, String name, String gender, LocalDate birthDate, String phone,
                               String employer, String address, String category, long organizationId) {
    }

    public record FileRow(long recipientId, String fileNumber, String hardshipType, String status, LocalDate filedOn) {
    }

    public record VisitRow(long recipientId, long campaignId, long organizationId, LocalDate visitedOn, String form,
                           BigDecimal cash, String goods, BigDecimal goodsValue, String fundSource,
                           String assistanceKind, String hardshipType, String fileStatus) {
    }

    /** H2's default page cache (KB), which the app never changes. */
    private static final int DEFAULT_CACHE_KB = 65_536;

    private boolean onH2() {
        return dsl.dialect().family() == org.jooq.SQLDialect.H2;
    }

    /**
     * For the bulk build only: a page cache that holds the whole county ({@code cacheKb}) and H2 writing in the
     * background (WRITE_DELAY 500) instead of at every commit. With the default 64 MB cache, once the indexes outgrow
     * it MVStore must write dirty pages out mid-transaction, each write a new chunk of whole rewritten index pages,
     * and with the app's WRITE_DELAY=0 no background thread compacts the chunks left mostly dead: at 200,000
     * recipients the file grew to 4 GB (docs/benchmarks.md).
     */
    public void startBulkLoad(int cacheKb) {
        if (!onH2()) {
            return; // a server's cache and writes are its administrator's settings
        }
        dsl.execute("SET CACHE_SIZE " + cacheKb);
        dsl.execute("SET WRITE_DELAY 500");
    }

    /** The app's settings again (CACHE_SIZE is kept in the file; the URL also sets WRITE_DELAY=0 at every open). */
    public void endBulkLoad() {
        if (!onH2()) {
            return;
        }
        dsl.execute("SET WRITE_DELAY 0");
        dsl.execute("SET CACHE_SIZE " + DEFAULT_CACHE_KB);
    }

    /**
     * Whether H2 may hand back the result of a query it ran before (OPTIMIZE_REUSE_RESULTS, on by default): a query
     * run again with the same parameters on data that did not change is then answered from the result kept, without
     * running it. The benchmark turns it off while it repeats a query, so each run measures the query itself (the
     * clerk's first export of a season runs it). A server database keeps no such results.
     */
    public void reuseResults(boolean on) {
        if (onH2()) {
            dsl.execute("SET OPTIMIZE_REUSE_RESULTS " + (on ? 1 : 0));
        }
    }

    /**
     * Closes the database rewriting its file without dead chunks (SHUTDOWN COMPACT); the next connection reopens
     * it. Only for the built county, before its figures are measured.
     */
    public void shutdownCompact() {
        if (!onH2()) {
            dsl.execute("ANALYZE"); // PostgreSQL: fresh statistics for the built county instead
            return;
        }
        try {
            dsl.execute("SHUTDOWN COMPACT");
        } catch (org.jooq.exception.DataAccessException e) {
            // the statement closed the database under its own connection: handing that back to the pool fails
            java.sql.SQLException cause = e.getCause(java.sql.SQLException.class);
            if (cause == null || cause.getErrorCode() != org.h2.api.ErrorCode.DATABASE_IS_CLOSED
                    && cause.getErrorCode() != org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
                throw e;
            }
        }
    }

    public long insertUnit(String code, String name, String kind, Long parentId) {
        return dsl.insertInto(ORGANIZATION, ORGANIZATION.CODE, ORGANIZATION.NAME, ORGANIZATION.KIND, ORGANIZATION.PARENT_ID)
                .values(code, name, kind, parentId).returning(ORGANIZATION.ID).fetchOne().getId();
    }

    public void insertRecipients(List<RecipientRow> rows) {
        var step = dsl.insertInto(RECIPIENT, RECIPIENT.ID_NUMBER, RECIPIENT.NAME, RECIPIENT.GENDER, RECIPIENT.BIRTH_DATE,
                RECIPIENT.PHONE, RECIPIENT.EMPLOYER, RECIPIENT.ADDRESS, RECIPIENT.CATEGORY, RECIPIENT.ORGANIZATION_ID,
                RECIPIENT.CREATED_BY);
        for (RecipientRow r : rows) {
            step = step.values(r.idNumber(), r.name(), r.gender(), r.birthDate(), r.phone(), r.employer(), r.address(),
                    r.category(), r.organizationId(), "bench");
        }
        List<Long> ids = new java.util.ArrayList<>(step.returning(RECIPIENT.ID).fetch(RECIPIENT.ID));
        ids.sort(null); // identities are handed out in the statement's row order
        // the register's search index, as the app keeps it for every recipient it writes
        List<RecipientSearchIndex.Entry> entries = new java.util.ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            entries.add(new RecipientSearchIndex.Entry(ids.get(i), rows.get(i).name(), false, rows.get(i).employer()));
        }
        new RecipientSearchIndex(dsl).add(entries);
    }

    /** Every recipient's id in insertion order. */
    public List<Long> recipientIds() {
        return dsl.select(RECIPIENT.ID).from(RECIPIENT).orderBy(RECIPIENT.ID).fetch(RECIPIENT.ID);
    }

    public void insertFiles(List<FileRow> rows) {
        var step = dsl.insertInto(HARDSHIP_FILE, HARDSHIP_FILE.RECIPIENT_ID, HARDSHIP_FILE.FILE_NUMBER,
                HARDSHIP_FILE.HARDSHIP_TYPE, HARDSHIP_FILE.STATUS, HARDSHIP_FILE.FILED_ON);
        for (FileRow r : rows) {
            step = step.values(r.recipientId(), r.fileNumber(), r.hardshipType(), r.status(), r.filedOn());
        }
        step.execute();
    }

    public long insertCampaign(String name, String kind, LocalDate startsOn, LocalDate endsOn, BigDecimal budget) {
        return dsl.insertInto(CAMPAIGN, CAMPAIGN.NAME, CAMPAIGN.KIND, CAMPAIGN.STARTS_ON, CAMPAIGN.ENDS_ON, CAMPAIGN.BUDGET)
                .values(name, kind, startsOn, endsOn, budget).returning(CAMPAIGN.ID).fetchOne().getId();
    }

    public void insertFund(long campaignId, String source, BigDecimal amount, LocalDate receivedOn) {
        dsl.insertInto(FUND_RAISED, FUND_RAISED.CAMPAIGN_ID, FUND_RAISED.SOURCE, FUND_RAISED.AMOUNT, FUND_RAISED.RECEIVED_ON)
                .values(campaignId, source, amount, receivedOn).execute();
    }

    public void insertVisits(List<VisitRow> rows) {
        var step = dsl.insertInto(VISIT, VISIT.RECIPIENT_ID, VISIT.CAMPAIGN_ID, VISIT.ORGANIZATION_ID, VISIT.VISITED_ON,
                VISIT.FORM, VISIT.CASH, VISIT.GOODS, VISIT.GOODS_VALUE, VISIT.FUND_SOURCE, VISIT.ASSISTANCE_KIND,
                VISIT.HARDSHIP_TYPE, VISIT.FILE_STATUS, VISIT.CREATED_BY);
        for (VisitRow r : rows) {
            step = step.values(r.recipientId(), r.campaignId(), r.organizationId(), r.visitedOn(), r.form(), r.cash(),
                    r.goods(), r.goodsValue(), r.fundSource(), r.assistanceKind(), r.hardshipType(), r.fileStatus(),
                    "bench");
        }
        step.execute();
    }
}
