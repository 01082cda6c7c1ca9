package cn.warmledger.transport;

import java.util.Date;
import java.util.Properties;

import javax.net.ssl.SSLContext;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParameterList;

import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import cn.warmledger.domain.EmailSecurity;
import cn.warmledger.domain.Messages;

/**
 * Sends a submission as one mail to the upper union's mailbox: SMTP over SSL (465), STARTTLS (587,
 * required, so never plain text by accident) or plain inside the office network. Attachment names are
 * written as RFC 2231 (UTF-8), which keeps Chinese names intact; the Message-ID carries the submission
 * id, so a receiver sees a re-sent mail as the same one.
 */
public final class EmailTransport implements Transport {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final EmailSettings settings;
    private final SSLContext sslContext;

    /** {@code sslContext} null: the JDK's trusted certificates (tests pass one that trusts their own). */
    public EmailTransport(EmailSettings settings, SSLContext sslContext) {
        this.settings = settings;
        this.sslContext = sslContext;
    }

    @Override
    public String target() {
        return Messages.get("sync.target.email", settings.to());
    }

    @Override
    public void send(Parcel parcel) throws TransportException {
        Session session = session();
        try (jakarta.mail.Transport smtp = session.getTransport()) {
            MimeMessage message = message(session, parcel);
            connect(smtp);
            smtp.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    @Override
    public void testConnection() throws TransportException {
        try (jakarta.mail.Transport smtp = session().getTransport()) {
            connect(smtp);
        } catch (MessagingException e) {
            throw classify(e);
        }
    }

    @Override
    public boolean reachable() {
        return Reachability.canConnect(settings.host(), settings.port());
    }

    private void connect(jakarta.mail.Transport smtp) throws MessagingException {
        boolean auth = settings.user() != null && !settings.user().isBlank();
        smtp.connect(settings.host(), settings.port(), auth ? settings.user() : null,
                auth ? settings.password() : null);
    }

    private Session session() {
        boolean ssl = settings.security() == EmailSecurity.SSL;
        String protocol = ssl ? "smtps" : "smtp";
        String p = "mail." + protocol + ".";
        String millis = String.valueOf(settings.timeout().toMillis());
        Properties props = new Properties();
        props.put("mail.transport.protocol", protocol);
        props.put(p + "host", settings.host());
        props.put(p + "port", String.valueOf(settings.port()));
        props.put(p + "auth", String.valueOf(settings.user() != null && !settings.user().isBlank()));
        props.put(p + "connectiontimeout", millis);
        props.put(p + "timeout", millis);
        props.put(p + "writetimeout", millis);
        props.put(p + "ssl.checkserveridentity", "true");
        if (settings.security() == EmailSecurity.STARTTLS) {
            props.put("mail.smtp.starttls.enable", "true");
            props.put("mail.smtp.starttls.required", "true");
        }
        if (sslContext != null && settings.security() != EmailSecurity.NONE) {
            props.put(p + "ssl.socketFactory", sslContext.getSocketFactory());
        }
        return Session.getInstance(props);
    }

    private MimeMessage message(Session session, Parcel parcel) throws MessagingException {
        String messageId = "<" + parcel.id() + "@warmledger>";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        m.setFrom(new InternetAddress(from()));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(settings.to()));
        m.setSubject(parcel.subject(), "UTF-8");
        m.setSentDate(new Date());
        m.setHeader("X-WarmLedger-Submission", parcel.id());
        MimeMultipart body = new MimeMultipart();
        MimeBodyPart text = new MimeBodyPart();
        text.setText(parcel.text(), "UTF-8");
        body.addBodyPart(text);
        for (Attachment a : parcel.attachments()) {
            body.addBodyPart(attachment(a));
        }
        m.setContent(body);
        m.saveChanges();
        return m;
    }

    private static MimeBodyPart attachment(Attachment a) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new FileDataSource(a.path().toFile())));
        ParameterList typeParams = new ParameterList();
        typeParams.set("name", a.name(), "UTF-8");
        String type = a.name().endsWith(".json") ? "application/json" : a.name().endsWith(".xlsx") ? XLSX
                : "application/octet-stream";
        part.setHeader("Content-Type", new ContentType(type.split("/")[0], type.split("/")[1], typeParams).toString());
        ParameterList dispositionParams = new ParameterList();
        dispositionParams.set("filename", a.name(), "UTF-8");
        part.setHeader("Content-Disposition", new ContentDisposition("attachment", dispositionParams).toString());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private String from() {
        if (settings.from() != null && !settings.from().isBlank()) {
            return settings.from();
        }
        return settings.user();
    }

    /** Sorts a failure into "try again later" and "fix the settings", with what to do in Chinese. */
    TransportException classify(MessagingException e) {
        if (e instanceof SMTPSendFailedException f) {
            int code = f.getReturnCode();
            String reply = firstLine(f.getMessage());
            if (code == 530 || code == 534 || code == 535) {
                return TransportException.fixSettings(e, "sync.error.emailAuth").forWholeTarget();
            }
            if (code == 421 || code == 450 && reply.toLowerCase(java.util.Locale.ROOT).contains("limit")) {
                // the server closes or rate-limits the account: every further mail gets the same answer now
                return TransportException.retry(e, "sync.error.smtpTemporary", reply).forWholeTarget();
            }
            if (code >= 400 && code < 500) {
                return TransportException.retry(e, "sync.error.smtpTemporary", reply);
            }
            return TransportException.fixSettings(e, "sync.error.smtpRejected", reply);
        }
        if (e instanceof SendFailedException f) {
            return TransportException.fixSettings(e, "sync.error.recipient", firstLine(f.getMessage()));
        }
        return MailFailures.smtp(settings).of(e);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
