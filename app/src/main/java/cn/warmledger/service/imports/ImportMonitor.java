package cn.warmledger.service.imports;

/** Progress and cancel for a long import, as the window's task or the command line sees them. */
public interface ImportMonitor {
    ImportMonitor NONE = new ImportMonitor() {
        @Override
        public void progress(long done, long total) {
            // nobody watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    boolean isCancelled();
}
