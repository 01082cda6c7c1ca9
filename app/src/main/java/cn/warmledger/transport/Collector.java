package cn.warmledger.transport;

import java.nio.file.Path;

/**
 * Collects submissions (汇总) from one place: an IMAP mailbox, a WebDAV folder or a local folder. Never deletes
 * anything at the source; files it downloads go under {@code staging} and are removed again after each parcel.
 */
public interface Collector {

    /** Where it collects from, for messages (never with a password). */
    String origin();

    void collect(Path staging, ParcelSink sink) throws TransportException;

    /** 测试连接: reaches the source (signs in, opens the folder) and takes nothing; throws what to fix. */
    void check() throws TransportException;
}
