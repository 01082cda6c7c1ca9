package cn.warmledger.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.net.ssl.SSLContext;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReceivedSource;

/**
 * Collects submissions from the county's IMAP mailbox. Only messages with our manifest attached
 * (manifest-&lt;id&gt;.json of format warmledger-submission/1) are taken; every read is a PEEK, so all other
 * messages stay exactly as they were, unread included. A message of ours is flagged read once the receiver has
 * stored it safely. Nothing is ever deleted or moved, and the folder is closed without expunging.
 */
public final class ImapCollector implements Collector {
    private final ImapSettings settings;
    private final SSLContext sslContext;

    /** {@code sslContext} null: the JDK's trusted certificates (tests pass one that trusts their own). */
    public ImapCollector(ImapSettings settings, SSLContext sslContext) {
        this.settings = settings;
        this.sslContext = sslContext;
    }

    @Override
    public String origin() {
        return Messages.get("collect.origin.imap", settings.user() + "@" + settings.host(), settings.folder());
    }

    @Override
    public void check() throws TransportException {
        try (Store store = session().getStore(protocol())) {
            mailFolder(store);
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    /** Signs in and finds the mail folder. */
    private Folder mailFolder(Store store) throws MessagingException, TransportException {
        boolean auth = settings.user() != null && !settings.user().isBlank();
        store.connect(settings.host(), settings.port(), auth ? settings.user() : null,
                auth ? settings.password() : null);
        Folder folder = store.getFolder(settings.folder());
        if (!folder.exists()) {
            throw TransportException.fixSettings(null, "collect.error.noMailFolder", settings.folder());
        }
        return folder;
    }

    @Override
    public void collect(Path staging, ParcelSink sink) throws TransportException {
        Session session = session();
        try (Store store = session.getStore(protocol())) {
            Folder folder = mailFolder(store);
            folder.open(Folder.READ_WRITE);
            try {
                Message[] messages = folder.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.CONTENT_INFO);
                profile.add(FetchProfile.Item.FLAGS);
                folder.fetch(messages, profile);
                for (Message m : messages) {
                    if (sink.cancelled()) {
                        return;
                    }
                    try {
                        take(m, staging, sink);
                    } catch (FolderClosedException | StoreClosedException e) {
                        throw e;
                    } catch (MessagingException | IOException e) {
                        // one unreadable message must not stop the others; it stays unread for the next collect
                        sink.skipped(Messages.get("collect.skipped.message", m.getMessageNumber()),
                                Causes.ioReason(e));
                    }
                }
            } finally {
                if (folder.isOpen()) {
                    folder.close(false); // never expunge
                }
            }
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    private void take(Message m, Path staging, ParcelSink sink) throws MessagingException, IOException {
        List<Part> attachments = new ArrayList<>();
        if (m.isMimeType("multipart/*")) {
            attachments(m, attachments, 0);
        }
        boolean ours = false;
        boolean keptAll = true;
        for (Part manifest : attachments) {
            if (!ManifestProbe.isManifestName(name(manifest))) {
                continue;
            }
            if (ManifestProbe.idFromName(name(manifest)).map(sink::alreadyHave).orElse(false)) {
                ours = true; // stored before: not even the manifest is fetched again
                continue;
            }
            String json = new String(bytes(manifest, name(manifest)), StandardCharsets.UTF_8);
            ManifestProbe probe = ManifestProbe.parse(json).orElse(null);
            if (probe == null) {
                continue;
            }
            ours = true;
            if (probe.validId() && sink.alreadyHave(probe.submissionId())) {
                continue;
            }
            Path dir = Files.createDirectories(staging.resolve(probe.stagingName()));
            try {
                List<Path> files = new ArrayList<>();
                for (String fileName : probe.fileNames()) {
                    for (Part p : attachments) {
                        if (fileName.equals(name(p))) {
                            Path target = dir.resolve(fileName);
                            try (InputStream in = p.getInputStream()) {
                                // streamed and counted: an attachment above the limit refuses the mail by name
                                ParcelLimits.copy(in, target, fileName, ParcelLimits.MAX_FILE);
                            }
                            files.add(target);
                            break;
                        }
                    }
                }
                keptAll &= sink.receive(new IncomingParcel(probe.submissionId(), json, files, sender(m),
                        ReceivedSource.IMAP, subject(m)));
            } finally {
                deleteTree(dir);
            }
        }
        if (ours) {
            if (keptAll && !m.isSet(Flags.Flag.SEEN)) {
                m.setFlag(Flags.Flag.SEEN, true);
            }
        } else {
            sink.foreign(subject(m));
        }
    }

    /** Attachments (parts with a file name), also inside nested multiparts (a forwarded mail). */
    private static void attachments(Part part, List<Part> out, int depth) throws MessagingException, IOException {
        if (depth > 5) {
            return;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            for (int i = 0; i < mp.getCount(); i++) {
                attachments(mp.getBodyPart(i), out, depth + 1);
            }
        } else if (name(part) != null) {
            out.add(part);
        }
    }

    /** The attachment's name; names Foxmail/QQ/Outlook write as =?GBK?B?…?= are decoded here. */
    static String name(Part part) throws MessagingException {
        String name = part.getFileName();
        if (name != null && name.contains("=?")) {
            try {
                return MimeUtility.decodeText(name);
            } catch (UnsupportedEncodingException e) {
                return name;
            }
        }
        return name;
    }

    private static byte[] bytes(Part part, String name) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            return ParcelLimits.read(in, name, ParcelLimits.MAX_MANIFEST);
        }
    }

    private static String sender(Message m) throws MessagingException {
        Address[] from = m.getFrom();
        if (from == null || from.length == 0) {
            return null;
        }
        return from[0] instanceof InternetAddress a ? a.getAddress() : from[0].toString();
    }

    private static String subject(Message m) throws MessagingException {
        String s = m.getSubject();
        return s == null ? "" : s;
    }

    private String protocol() {
        return settings.security() == EmailSecurity.SSL ? "imaps" : "imap";
    }

    private Session session() {
        String p = "mail." + protocol() + ".";
        String millis = String.valueOf(settings.timeout().toMillis());
        Properties props = new Properties();
        props.put("mail.store.protocol", protocol());
        props.put(p + "host", settings.host());
        props.put(p + "port", String.valueOf(settings.port()));
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        props.put(p + "ssl.checkserveridentity", "true");
        props.put(p + "peek", "true"); // BODY.PEEK: reading never marks a message read
        props.put(p + "partialfetch", "false");
        if (settings.security() == EmailSecurity.STARTTLS) {
            props.put("mail.imap.starttls.enable", "true");
            props.put("mail.imap.starttls.required", "true");
        }
        if (sslContext != null && settings.security() != EmailSecurity.NONE) {
            props.put(p + "ssl.socketFactory", sslContext.getSocketFactory());
        }
        return Session.getInstance(props);
    }

    /** Sorts a failure into "try again later" and "fix the settings", with what to do in Chinese. */
    TransportException classify(MessagingException e) {
        if (e instanceof FolderNotFoundException) {
            return TransportException.fixSettings(e, "collect.error.noMailFolder", settings.folder());
        }
        return MailFailures.imap(settings).of(e);
    }

    /** Deletes a staging folder and what is in it; what cannot be deleted stays (harmless, replaced next time). */
    public static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover staging folder is harmless: the next collect replaces its files
        }
    }
}
