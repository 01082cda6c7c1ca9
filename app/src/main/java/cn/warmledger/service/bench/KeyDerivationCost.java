package cn.warmledger.service.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.function.Consumer;

import cn.warmledger.domain.DatabasePassword;
import cn.warmledger.domain.Messages;
import cn.warmledger.persistence.Database;
import cn.warmledger.service.app.AppContext;
import cn.warmledger.service.common.AppPaths;
import cn.warmledger.service.settings.SetupService;

/**
 * Issue 19.2's figures (docs/decisions/19-1): what signing in to an encrypted folder costs today, and what a
 * slow key derivation in front of H2's own (PBKDF2-HMAC-SHA256, 10 iterations) would add: the JDK's
 * {@code PBKDF2WithHmacSHA256} at several iteration counts, each the median of a few runs.
 */
final class KeyDerivationCost {
    static final int[] ITERATIONS = {100_000, 310_000, 600_000};
    private static final char[] SAMPLE = "Bench-Secret-2026".toCharArray();

    private KeyDerivationCost() {
    }

    static void measure(Path dir, int runs, Consumer<BenchFigure> emit) {
        AppPaths encrypted = new AppPaths(dir.resolve("encrypted"));
        try (AppContext ctx = AppContext.open(encrypted, DatabasePassword.of(SAMPLE))) {
            // set up like a county office's folder, so a kept one (--keep) is what scripts/cold-start.sh signs in to
            if (!ctx.setup().isSetUp()) {
                ctx.setup().complete(new SetupService.Setup(Messages.get("bench.orgName"), "BENCH000",
                        Messages.get("bench.parentName"), Messages.get("bench.operatorName"), new BigDecimal("650")));
            }
        }
        emit.accept(new BenchFigure("sign_in_encrypted_ms", BenchService.median(BenchService.measureRuns(runs,
                () -> AppContext.open(encrypted, DatabasePassword.of(SAMPLE)).close())), "ms", null));
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        for (int n : ITERATIONS) {
            emit.accept(new BenchFigure("kdf_pbkdf2_sha256_" + n + "_ms",
                    BenchService.median(BenchService.measureRuns(Math.max(runs, 3), () -> derive(salt, n))), "ms", null));
        }
    }

    /** Through persistence's own derivation (the one sign-in uses), not a copy of it. */
    static char[] derive(byte[] salt, int iterations) {
        char[] key = Database.deriveFileKey(DatabasePassword.of(SAMPLE), salt, iterations);
        java.util.Arrays.fill(key, '\0');
        return key;
    }
}
