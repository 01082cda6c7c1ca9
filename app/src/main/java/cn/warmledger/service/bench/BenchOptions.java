package cn.warmledger.service.bench;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/** How big the synthetic county is and how many measured runs follow the warm-up. */
/**
 * {@code keep}, when given, is a folder the county is built in once and kept: a later run with the same folder
 * measures the county already there (the import figures add rows to it), for profiling without rebuilding.
 */
public record BenchOptions(int recipients, int visits, int runs, long seed, java.util.Set<String> only,
                           java.nio.file.Path keep) {
    /** The groups of figures {@code --only} may name (comma-separated); none named: every figure. */
    public static final java.util.List<String> GROUPS = java.util.List.of("search", "stats", "roster", "heap", "import",
            "visits", "clerks");
    public static final int DEFAULT_RECIPIENTS = 100_000;
    public static final int DEFAULT_VISITS = 200_000;
    public static final int DEFAULT_RUNS = 3;
    public static final long DEFAULT_SEED = 20_260_101L;

    public BenchOptions(int recipients, int visits, int runs, long seed) {
        this(recipients, visits, runs, seed, java.util.Set.of(), null);
    }

    public BenchOptions {
        only = java.util.Set.copyOf(only);
        for (String group : only) {
            if (!GROUPS.contains(group)) {
                throw new InvalidValueException("--only", Messages.get("bench.only", String.join(",", GROUPS)));
            }
        }
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

    /** Whether the run measures this group of figures. */
    public boolean includes(String group) {
        return only.isEmpty() || only.contains(group);
    }

    /** How many rows the import figure reads: 10,000 at county scale, fewer for a small run. */
    public int importRows() {
        return Math.min(10_000, Math.max(100, recipients / 10));
    }
}
