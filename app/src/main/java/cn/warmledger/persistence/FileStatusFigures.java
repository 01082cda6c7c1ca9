package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_STATUS_HISTORY;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.lag;
import static org.jooq.impl.DSL.lead;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

import cn.warmledger.domain.FileStatus;
import cn.warmledger.domain.StatFields;

/**
 * The 在档 columns of the 帮扶中心 table (ReportRepository#aidCenter): files 在档 at the year's start and end, added
 * and exited in the year, per 单位, from the files' dated status history — SQL aggregates, as the rest of the table.
 */
final class FileStatusFigures {
    private static final List<String> IN_FILE = List.of(FileStatus.ACTIVE.code(), FileStatus.PHASING_OUT.code());

    private FileStatusFigures() {
    }

    /** Adds the 在档 columns of the year {@code start}..{@code end} to {@code figures} (单位 id → field → value). */
    static void addTo(DSLContext dsl, Long self, LocalDate start, LocalDate end,
                      Map<Long, Map<String, BigDecimal>> figures) {
        Table<?> history = fileHistory(dsl, self);
        Field<LocalDate> effectiveOn = history.field("effective_on", LocalDate.class);
        Table<?> changes = dsl.select(history.field("unit", Long.class).as("unit"),
                        history.field("status", String.class).as("status"), effectiveOn.as("effective_on"),
                        lag(history.field("status", String.class)).over(partitionBy(history.field("file_id"))
                                .orderBy(effectiveOn, history.field("change_id"), history.field("seq")))
                                .as("previous"))
                .from(history)
                .asTable("changes");
        Field<Long> cUnit = changes.field("unit", Long.class);
        Field<String> status = changes.field("status", String.class);
        Field<String> previous = changes.field("previous", String.class);
        Condition inYear = changes.field("effective_on", LocalDate.class).between(start, end);
        Condition wasOut = previous.isNull().or(previous.notIn(IN_FILE));
        dsl.select(cUnit.as("unit"),
                        count().filterWhere(inYear.and(status.in(IN_FILE)).and(wasOut)).as(StatFields.FILES_ADDED),
                        count().filterWhere(inYear.and(status.notIn(IN_FILE)).and(previous.in(IN_FILE)))
                                .as(StatFields.FILES_EXITED))
                .from(changes).groupBy(cUnit)
                .forEach(r -> ReportRepository.collect(figures, r));
        filesInFileOn(dsl, history, start.minusDays(1), StatFields.FILES_AT_START, figures);
        filesInFileOn(dsl, history, end, StatFields.FILES_AT_END, figures);
    }


    /**
     * Every dated status change of the files of recipients not deleted, with the file's 单位 (the recipient's, else
     * 本单位), ordered per file by (effective_on, change_id, seq). A change takes effect on its date, except the
     * file's first entry: that one dates from the file's 建档日期 when that is earlier (a household filed in 2019 and
     * entered, or imported, today was 在档 all along). A 脱困渐退期 ends on the file's 渐退期满日 (phasing_out_until): a
     * 渐退 entry that starts on or before that day and is not followed by another entry by then gets a 退档 (seq 1)
     * taking effect on it, so the household is 在档 up to the years before and 退档 in the year its period ends. An
     * entry after that day (a 退档 recorded late, 在档 again) follows that 退档 and changes no year before it.
     */
    private static Table<?> fileHistory(DSLContext dsl, Long self) {
        Table<?> ordered = dsl.select(coalesce(RECIPIENT.ORGANIZATION_ID, val(self, Long.class)).as("unit"),
                        HARDSHIP_STATUS_HISTORY.FILE_ID.as("file_id"), HARDSHIP_STATUS_HISTORY.ID.as("change_id"),
                        HARDSHIP_STATUS_HISTORY.STATUS.as("status"), HARDSHIP_STATUS_HISTORY.CHANGED_ON.as("changed_on"),
                        HARDSHIP_FILE.FILED_ON.as("filed_on"), HARDSHIP_FILE.PHASING_OUT_UNTIL.as("until"),
                        rowNumber().over(partitionBy(HARDSHIP_STATUS_HISTORY.FILE_ID)
                                .orderBy(HARDSHIP_STATUS_HISTORY.CHANGED_ON, HARDSHIP_STATUS_HISTORY.ID)).as("nth"))
                .from(HARDSHIP_STATUS_HISTORY)
                .join(HARDSHIP_FILE).on(HARDSHIP_FILE.ID.eq(HARDSHIP_STATUS_HISTORY.FILE_ID))
                .join(RECIPIENT).on(RECIPIENT.ID.eq(HARDSHIP_FILE.RECIPIENT_ID))
                .where(RECIPIENT.DELETED_AT.isNull())
                .asTable("ordered");
        Field<LocalDate> changedOn = ordered.field("changed_on", LocalDate.class);
        Field<LocalDate> filedOn = ordered.field("filed_on", LocalDate.class);
        Field<LocalDate> effectiveOn = when(ordered.field("nth", Integer.class).eq(1).and(filedOn.lt(changedOn)), filedOn)
                .otherwise(changedOn);
        Table<?> entries = dsl.select(ordered.field("unit"), ordered.field("file_id"), ordered.field("change_id"),
                        ordered.field("status"), ordered.field("until"), effectiveOn.as("effective_on"))
                .from(ordered)
                .asTable("entries");
        Field<LocalDate> entryOn = entries.field("effective_on", LocalDate.class);
        Table<?> withNext = dsl.select(entries.fields())
                .select(lead(entryOn).over(partitionBy(entries.field("file_id"))
                        .orderBy(entryOn, entries.field("change_id"))).as("next_on"))
                .from(entries)
                .asTable("with_next");
        Field<Long> unit = withNext.field("unit", Long.class);
        Field<Long> fileId = withNext.field("file_id", Long.class);
        Field<Long> changeId = withNext.field("change_id", Long.class);
        Field<String> status = withNext.field("status", String.class);
        Field<LocalDate> until = withNext.field("until", LocalDate.class);
        Field<LocalDate> nextOn = withNext.field("next_on", LocalDate.class);
        Field<LocalDate> on = withNext.field("effective_on", LocalDate.class);
        return dsl.select(unit, fileId, changeId, val(0).as("seq"), status, on.as("effective_on"))
                .from(withNext)
                .unionAll(dsl.select(unit, fileId, changeId, val(1).as("seq"),
                                val(FileStatus.EXITED.code()).as("status"), until.as("effective_on"))
                        .from(withNext)
                        .where(status.eq(FileStatus.PHASING_OUT.code()).and(until.ge(on))
                                .and(nextOn.isNull().or(nextOn.gt(until)))))
                .asTable("history");
    }

    /** Files 在档 (在档 or 脱困渐退期 not yet ended) at the end of {@code day}: their latest change up to then says so. */
    private static void filesInFileOn(DSLContext dsl, Table<?> history, LocalDate day, String field,
                                      Map<Long, Map<String, BigDecimal>> figures) {
        Field<LocalDate> effectiveOn = history.field("effective_on", LocalDate.class);
        Table<?> latest = dsl.select(history.field("unit", Long.class).as("unit"),
                        history.field("status", String.class).as("status"),
                        rowNumber().over(partitionBy(history.field("file_id"))
                                .orderBy(effectiveOn.desc(), history.field("change_id").desc(),
                                        history.field("seq").desc())).as("rn"))
                .from(history)
                .where(effectiveOn.le(day))
                .asTable("latest");
        Field<Long> unit = latest.field("unit", Long.class);
        dsl.select(unit.as("unit"), count().as(field)).from(latest)
                .where(latest.field("rn", Integer.class).eq(1).and(latest.field("status", String.class).in(IN_FILE)))
                .groupBy(unit)
                .forEach(r -> ReportRepository.collect(figures, r));
    }
}
