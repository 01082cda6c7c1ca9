package cn.warmledger.service.safety;

import cn.warmledger.testing.H2FileOnly;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.service.app.AppContext;

/**
 * Issue 19 review point 4: a restore killed while checking the backup leaves its work folder beside the data
 * folder, possibly with an unencrypted copy of the backup; the next open of the folder removes it.
 */
@H2FileOnly("the restore check unpacks an H2 backup zip")
class LeftoverRestoreCheckTest {
    @TempDir
    Path dir;

    @Test
    void theWorkFolderOfAKilledRestoreIsRemovedWhenTheFolderIsOpened() throws Exception {
        Path data = dir.resolve("data");
        DatabasePassword password = DatabasePassword.of("Leftover-Secret-19");
        try (AppContext app = TestApp.open(data, password)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
        // what a kill mid-check leaves: the unpacked database (here just bytes) and its salt file
        Path work = dir.resolve("data.restore-check.tmp");
        Files.createDirectories(work);
        Files.writeString(work.resolve("warmledger.mv.db"), "汪惠珍 " + TestIds.FEMALE_1985);
        Files.writeString(work.resolve("warmledger.kdf"), "pbkdf2-sha256 310000 00112233445566778899aabbccddeeff\n");
        Path other = dir.resolve("other.restore-check.tmp");
        Files.createDirectories(other);

        try (AppContext app = TestApp.open(data, password)) {
            assertThat(work).doesNotExist();
            assertThat(app.recipients().count()).isEqualTo(1);
        }
        // only this folder's work folder: another data folder's is that folder's business
        assertThat(other).exists();
    }
}
