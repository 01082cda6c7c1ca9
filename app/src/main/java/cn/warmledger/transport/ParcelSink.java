package cn.warmledger.transport;

/** Where a collector hands what it finds; the receiving service implements it. */
public interface ParcelSink {

    /** True when a complete copy of this submission is stored already: the collector fetches nothing more. */
    boolean alreadyHave(String submissionId);

    /**
     * Stores the parcel (accepted or refused with its problem). True once it is safely stored: only then may a
     * collector mark the source (an IMAP message as read). False when it could not be stored: the source is
     * left as it was, to be tried again by the next collect.
     */
    boolean receive(IncomingParcel parcel);

    /** A message or file of ours that could not be read (a broken attachment, a file gone): left, and the rest goes on. */
    void skipped(String what, String reason);

    /** A message or file that is not one of ours: left as it is. */
    void foreign(String what);

    boolean cancelled();
}
