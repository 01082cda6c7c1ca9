package cn.warmledger.service.common;

/** Progress and cancel of a long export, as a background task sees them. */
public interface ExportProgress {
    void update(long done, long total);

    boolean cancelled();

    static ExportProgress none() {
        return new ExportProgress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
    }
}
