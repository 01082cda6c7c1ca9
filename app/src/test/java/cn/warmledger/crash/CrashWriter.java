package cn.warmledger.crash;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.warmledger.TestApp;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.recipients.RecipientDraft;

/**
 * Child JVM of {@link CrashSafetyTest}: saves recipients through RecipientService as fast as it can and
 * prints {@code id <n>} after each save has committed, until it is killed.
 * Arguments: data folder, first index. The password comes from WARMLEDGER_PASSWORD.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int index = Integer.parseInt(args[1]);
        AppContext app = AppContext.open(new AppPaths(dir), DatabasePassword.of(System.getenv("WARMLEDGER_PASSWORD")));
        System.out.println("ready");
        System.out.flush();
        while (true) {
            long id = app.recipients().save(draft(index++));
            System.out.println("id " + id);
            System.out.flush();
        }
    }

    /** A distinct 15-digit (pre-1999) 身份证号 per index, which the service converts to 18 digits. */
    static RecipientDraft draft(int index) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(index / 999);
        String id15 = "340102" + birth.format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%03d", index % 999 + 1);
        String name = "职工" + index;
        return index % 3 == 0 ? TestApp.hardshipWorker(id15, name) : TestApp.modelWorker(id15, name);
    }
}
