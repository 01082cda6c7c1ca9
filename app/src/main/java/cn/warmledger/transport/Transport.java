package cn.warmledger.transport;

/** One way upward: e-mail, WebDAV or a folder. Implementations hold their settings and no state. */
public interface Transport {

    /** Where deliveries go, for the 上报 list (never with a password). */
    String target();

    /**
     * Delivers the parcel. Returns only when the target has every file complete; re-sending the same
     * parcel is harmless (file names carry the submission id; a complete copy already there counts).
     */
    void send(Parcel parcel) throws TransportException;

    /** Connects and logs in without delivering anything (测试连接). */
    void testConnection() throws TransportException;

    /** A cheap look whether the target can be reached at all (a socket connect, a folder present). */
    boolean reachable();
}
