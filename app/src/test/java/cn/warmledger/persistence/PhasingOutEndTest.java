package cn.warmledger.persistence;

import cn.warmledger.testing.TestDatabases;

import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_FILE;
import static cn.warmledger.persistence.jooq.Tables.HARDSHIP_STATUS_HISTORY;
import static cn.warmledger.persistence.jooq.Tables.RECIPIENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestCampaigns;
import cn.warmledger.domain.StatFields;
import cn.warmledger.domain.UnitFigures;

/**
 * A finished 脱困渐退期 is no longer 在档: 渐退 counts as 在档 up to the file's 渐退期满日 (phasing_out_until), and the
 * household is 退档 in the year its period ends (年末 of that year no longer counts it), unless an entry before that
 * day says otherwise. Six households of 本单位, all 在档 since 2020, worked out by hand:
 *
 * <pre>
 *   韩期中  渐退 2024-05-01, until 2025-06-30                     ends inside 2025
 *   韩去年  渐退 2023-07-01, until 2024-06-30                     ended the year before
 *   韩年底  渐退 2025-02-01, until 2025-12-31                     ends on the last day of 2025: 退档 in 2025
 *   韩回档  渐退 2024-03-01, until 2025-12-31, 在档 2025-03-01    back in file before the end: stays
 *   韩补记  渐退 2024-03-01, until 2024-12-31, 退档 2025-02-01    the 退档 recorded late: 2024's, counted once
 *   韩未满  渐退 2025-06-01, until 2026-05-31                     not ended at the end of 2025
 *
 *   2024: 年初 6 (all), 新增 0, 退档 2 (去年 06-30, 补记 12-31), 年末 4
 *   2025: 年初 4 (期中 年底 回档 未满), 新增 0, 退档 2 (期中 06-30, 年底 12-31), 年末 2 (回档 未满)
 * </pre>
 */
class PhasingOutEndTest {
    @TempDir
    Path dir;
    private DSLContext dsl;
    private int people;

    @Test
    void aFinishedPhasingOutIsExitedInTheYearItEnds() {
        TestApp.open(dir).close();
        try (Database db = TestDatabases.open(dir)) {
            dsl = db.dsl();
            file("韩期中", day(2025, 6, 30), "ACTIVE", day(2020, 1, 1), "PHASING_OUT", day(2024, 5, 1));
            file("韩去年", day(2024, 6, 30), "ACTIVE", day(2020, 1, 1), "PHASING_OUT", day(2023, 7, 1));
            file("韩年底", day(2025, 12, 31), "ACTIVE", day(2020, 1, 1), "PHASING_OUT", day(2025, 2, 1));
            file("韩回档", day(2025, 12, 31), "ACTIVE", day(2020, 1, 1), "PHASING_OUT", day(2024, 3, 1),
                    "ACTIVE", day(2025, 3, 1));
            file("韩补记", day(2024, 12, 31), "ACTIVE", day(2020, 1, 1), "PHASING_OUT", day(2024, 3, 1),
                    "EXITED", day(2025, 2, 1));
            file("韩未满", day(2026, 5, 31), "ACTIVE", day(2020, 1, 1), "PHASING_OUT", day(2025, 6, 1));

            ReportRepository reports = new ReportRepository(db);
            assertFiles(reports.aidCenter(2024), 6, 0, 2, 4);
            assertFiles(reports.aidCenter(2025), 4, 0, 2, 2);
            assertFiles(reports.aidCenter(2026), 2, 0, 1, 1);
        }
    }

    private static void assertFiles(List<UnitFigures> rows, int atStart, int added, int exited, int atEnd) {
        Map<String, BigDecimal> self = rows.get(0).figures();
        assertThat(List.of(self.get(StatFields.FILES_AT_START), self.get(StatFields.FILES_ADDED),
                        self.get(StatFields.FILES_EXITED), self.get(StatFields.FILES_AT_END)))
                .extracting(BigDecimal::intValueExact).containsExactly(atStart, added, exited, atEnd);
    }

    private static LocalDate day(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    /** A 困难职工 of 本单位 with a file whose 渐退期满日 is {@code until}, and its status history: status, date pairs. */
    private void file(String name, LocalDate until, Object... history) {
        long recipient = dsl.insertInto(RECIPIENT).set(RECIPIENT.ID_NUMBER, TestCampaigns.idNumber(++people))
                .set(RECIPIENT.NAME, name).set(RECIPIENT.GENDER, "MALE").set(RECIPIENT.BIRTH_DATE, day(1980, 1, 1))
                .set(RECIPIENT.CATEGORY, "HARDSHIP_WORKER")
                .returning(RECIPIENT.ID).fetchOne().getId();
        long file = dsl.insertInto(HARDSHIP_FILE).set(HARDSHIP_FILE.RECIPIENT_ID, recipient)
                .set(HARDSHIP_FILE.HARDSHIP_TYPE, "RELATIVE").set(HARDSHIP_FILE.STATUS, (String) history[history.length - 2])
                .set(HARDSHIP_FILE.PHASING_OUT_UNTIL, until)
                .returning(HARDSHIP_FILE.ID).fetchOne().getId();
        for (int i = 0; i < history.length; i += 2) {
            dsl.insertInto(HARDSHIP_STATUS_HISTORY).set(HARDSHIP_STATUS_HISTORY.FILE_ID, file)
                    .set(HARDSHIP_STATUS_HISTORY.STATUS, (String) history[i])
                    .set(HARDSHIP_STATUS_HISTORY.CHANGED_ON, (LocalDate) history[i + 1]).execute();
        }
    }
}
