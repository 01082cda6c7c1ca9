package cn.warmledger.service.bench;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/** How big the synthetic county is and how many measured runs follow the warm-up. */
public record BenchOptions(int recipients, int visits, int runs, long seed) {
    public static final int DEFAULT_RECIPIENTS = 100_000;
    public static final int DEFAULT_VISITS = 200_000;
    public static final int DEFAULT_RUNS = 3;
    public static final long DEFAULT_SEED = 20_260_101L;

    public BenchOptions {
        if (recipients < 100 || recipients > 2_000_000) {
            throw new InvalidValueException("--recipients", Messages.get("bench.range", 100, 2_000_000));
        }
        if (visits < 100 || visits > 5_000_000) {
            throw new InvalidValueException("--visits", Messages.get("bench.range", 100, 5_000_000));
        }
        if (runs < 1 || runs > 50) {
            throw new InvalidValueException("--runs", Messages.get("bench.range", 1, 50));
        }
    }

    /** How many rows the import figure reads: 10,000 at county scale, fewer for a small run. */
    public int importRows() {
        return Math.min(10_000, Math.max(100, recipients / 10));
    }
}
