package cn.warmledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.warmledger.TestApp;
import cn.warmledger.TestIds;
import cn.warmledger.domain.Causes;
import cn.warmledger.domain.DamagedDatabaseException;
import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.WrongPasswordException;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.testing.H2FileOnly;

/**
 * Pins what {@link FileDamage} relies on in H2 (docs/decisions/21-1): its store header decrypts to a checksummed text
 * with the right key only, and a file whose chunks are broken behind an intact header fails as H2's ERROR_FILE_CORRUPT
 * (90049 on an encrypted file) — not as "Store header is corrupt", H2's word for a wrong key. An H2 upgrade that
 * changes the header's layout, the cipher's key bytes or these codes fails here.
 */
@H2FileOnly("the H2 file's own header and cipher")
class FileDamageTest {
    static final DatabasePassword PASSWORD = DatabasePassword.of("暖心 Pass-2026");
    @TempDir
    Path dir;

    Path folder() {
        Path d = dir.resolve("db");
        try (AppContext app = AppContext.open(new AppPaths(d), PASSWORD)) {
            app.recipients().save(TestApp.modelWorker(TestIds.FEMALE_1985, "汪惠珍"));
        }
        return d;
    }

    static char[] key(Path d, DatabasePassword p) {
        return FileKeys.derived(p, FileKeys.read(d).orElseThrow());
    }

    /** H2's own failure opening the folder's file with {@code key}: the MVStoreException in its causes. */
    static MVStoreException rawFailure(Path d, char[] key) {
        JdbcConnectionPool pool = DatabaseFiles.pool(d.resolve(Database.FILE_NAME), key);
        try (Connection c = pool.getConnection()) {
            throw new AssertionError("the file opened");
        } catch (SQLException e) {
            assertThat(e.getErrorCode()).as("H2 reports an encrypted file it cannot read as 90049").isEqualTo(90049);
            Optional<MVStoreException> mv = Causes.find(e, MVStoreException.class);
            assertThat(mv).isPresent();
            return mv.get();
        } finally {
            pool.dispose();
        }
    }

    @Test
    void theRightKeyReadsTheHeaderAndAWrongOneDoesNot() {
        Path d = folder();
        Path mv = DatabaseFiles.mvFile(d);
        assertThat(FileDamage.keyReadsHeader(mv, key(d, PASSWORD))).isTrue();
        assertThat(FileDamage.keyReadsHeader(mv, key(d, DatabasePassword.of("wrong-Pass-2026")))).isFalse();
        assertThat(FileDamage.keyReadsHeader(mv, FileKeys.legacy(PASSWORD))).as("the 8-1 key of a derived file").isFalse();
    }

    @Test
    void aBrokenChunkBehindAnIntactHeaderIsCorruptionThatTheRightKeyStillReadsTheHeaderOf() throws Exception {
        Path d = folder();
        DamagedFolders.damage(d, PASSWORD);
        MVStoreException damaged = rawFailure(d, key(d, PASSWORD));
        assertThat(damaged.getErrorCode()).isEqualTo(DataUtils.ERROR_FILE_CORRUPT);
        // H2's text only pinned here, never matched by the application: the damaged case is not H2's wrong-key case
        assertThat(damaged.getMessage()).doesNotContain("Store header is corrupt");
        assertThat(FileDamage.isCorruption(damaged)).isTrue();
        assertThat(FileDamage.keyReadsHeader(DatabaseFiles.mvFile(d), key(d, PASSWORD))).isTrue();

        MVStoreException wrong = rawFailure(d, key(d, DatabasePassword.of("wrong-Pass-2026")));
        assertThat(wrong.getErrorCode()).isEqualTo(DataUtils.ERROR_FILE_CORRUPT);
        assertThat(wrong.getMessage()).contains("Store header is corrupt");
        assertThat(FileDamage.keyReadsHeader(DatabaseFiles.mvFile(d), key(d, DatabasePassword.of("wrong-Pass-2026"))))
                .isFalse();
    }

    @Test
    void aDamagedFileStillOnThe81KeyIsDamagedTooAndAWrongPasswordStillWrong() throws Exception {
        Path d = folder();
        DatabaseFiles.rekey(d, key(d, PASSWORD), FileKeys.legacy(PASSWORD));
        Path salt = d.resolve(FileKeys.FILE);
        String saltText = java.nio.file.Files.readString(salt);
        java.nio.file.Files.delete(salt); // a folder from before the salt file
        DamagedFolders.damage(d, PASSWORD);
        assertThatThrownBy(() -> Database.open(d, PASSWORD)).isInstanceOf(DamagedDatabaseException.class);
        // a re-keying a crash interrupted: the salt file written, the file still on the 8-1 key; the derived key
        // does not read the header (a wrong key), the 8-1 key does (damage)
        java.nio.file.Files.writeString(salt, saltText);
        assertThatThrownBy(() -> Database.open(d, PASSWORD)).isInstanceOf(DamagedDatabaseException.class);
        assertThatThrownBy(() -> Database.open(d, DatabasePassword.of("wrong-Pass-2026")))
                .isInstanceOf(WrongPasswordException.class).hasMessageContaining("密码不对");
    }

    @Test
    void aHeaderWithABrokenChecksumIsNotRead() {
        byte[] block = new byte[4096];
        byte[] text = "H:2,block:2,blockSize:1000,chunk:1,clean:1,created:18c,format:3,version:1".getBytes();
        System.arraycopy(text, 0, block, 0, text.length);
        int sum = DataUtils.getFletcher32(block, 0, text.length);
        byte[] tail = (",fletcher:" + Integer.toHexString(sum) + "\n").getBytes();
        System.arraycopy(tail, 0, block, text.length, tail.length);
        assertThat(FileDamage.checksumHolds(block)).isTrue();
        block[5]++;
        assertThat(FileDamage.checksumHolds(block)).isFalse();
    }
}
