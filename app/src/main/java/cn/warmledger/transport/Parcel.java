package cn.warmledger.transport;

import java.util.List;

/**
 * What one submission delivers: its id, the folder name of the sending 单位 (WebDAV and folder put each
 * 单位 in its own folder), the mail subject and text, and the files, manifest last (a receiver that
 * sees the manifest can count on the other files being complete).
 */
public record Parcel(String id, String unitFolder, String subject, String text, List<Attachment> attachments) {
    public Parcel {
        attachments = List.copyOf(attachments);
    }
}
