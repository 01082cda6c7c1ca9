package cn.warmledger.service.consolidation;

/** Progress and cancel of a collect (收取), as a background task sees them. */
public interface CollectProgress {

    /** After each submission or skipped message: the counts so far and what was just done (Chinese). */
    void update(CollectResult soFar, String message);

    boolean cancelled();

    static CollectProgress none() {
        return new CollectProgress() {
            @Override
            public void update(CollectResult soFar, String message) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
