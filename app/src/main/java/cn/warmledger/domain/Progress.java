package cn.warmledger.domain;

import java.util.function.BooleanSupplier;

/**
 * Progress and cancel of long work, as the work sees it: the one such type from the template filler and the
 * importers up through the services to the view models' background tasks (issue 17), so no layer adapts one
 * to another. It lives in domain because every layer may use domain.
 */
public interface Progress {

    /** How far the work is; {@code total <= 0} when it cannot tell. */
    void update(long done, long total);

    /** What was just done, in Chinese, for the clerk (optional: most work only counts). */
    default void message(String text) {
        // nobody shows messages
    }

    /** Checked between steps; the work stops (and rolls back) at the next check once this is true. */
    boolean isCancelled();

    /** Nobody watching, never cancelled: the command line, the bench, the demo data. */
    static Progress none() {
        return new Progress() {
            @Override
            public void update(long done, long total) {
                // nobody watching
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /**
     * This progress, also cancelled when {@code stop} says so: for a cancel that must not interrupt the worker
     * thread (an interrupt in the middle of a database write would close H2's file under it).
     */
    default Progress orStoppedBy(BooleanSupplier stop) {
        Progress self = this;
        return new Progress() {
            @Override
            public void update(long done, long total) {
                self.update(done, total);
            }

            @Override
            public void message(String text) {
                self.message(text);
            }

            @Override
            public boolean isCancelled() {
                return stop.getAsBoolean() || self.isCancelled();
            }
        };
    }
}
