package cn.warmledger.ui.shell;

/** The main window's navigation, in the order the clerk sees it. */
public enum Section {
    HOME, RECIPIENTS, RECYCLE_BIN, VISITS, CAMPAIGNS, ENTERPRISES, REPORTS, OUTBOX, CONSOLIDATION, SETTINGS, AUDIT_LOG, DATA_SAFETY;

    public String labelKey() {
        return "nav." + name().toLowerCase();
    }
}
