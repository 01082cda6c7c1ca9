package cn.warmledger.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.EmailSecurity;

/**
 * The one reading of a mail server's failure in the clerk's words, for sending (SMTP, {@link EmailTransport}) and
 * collecting (IMAP, {@link ImapCollector}): a wrong password or 授权码, no STARTTLS, a certificate, SSL on the wrong
 * port, an unknown host, a timeout, no connection. Each protocol checks its own answers (SMTP reply codes, a
 * missing IMAP folder) first. Every one of these is marked for the whole target: the next mail gets the same answer.
 */
final class MailFailures {
    private final String host;
    private final int port;
    private final EmailSecurity security;
    private final int sslPort;
    private final String portMixKey;
    private final String noStarttlsSign;

    private MailFailures(String host, int port, EmailSecurity security, int sslPort, String portMixKey,
                         String noStarttlsSign) {
        this.host = host;
        this.port = port;
        this.security = security;
        this.sslPort = sslPort;
        this.portMixKey = portMixKey;
        this.noStarttlsSign = noStarttlsSign;
    }

    static MailFailures smtp(EmailSettings s) {
        return new MailFailures(s.host(), s.port(), s.security(), 465, "sync.error.portMix", "STARTTLS is required");
    }

    static MailFailures imap(ImapSettings s) {
        return new MailFailures(s.host(), s.port(), s.security(), 993, "collect.error.portMix", "STARTTLS");
    }

    TransportException of(MessagingException e) {
        if (e instanceof AuthenticationFailedException) {
            return TransportException.fixSettings(e, "sync.error.emailAuth").forWholeTarget();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains(noStarttlsSign)) {
            return TransportException.fixSettings(e, "sync.error.noStarttls").forWholeTarget();
        }
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            if (c instanceof SSLHandshakeException) {
                return TransportException.fixSettings(e, "sync.error.certificate", host).forWholeTarget();
            }
            if (c instanceof SSLException) {
                return TransportException.fixSettings(e, portMixKey).forWholeTarget();
            }
            if (c instanceof UnknownHostException) {
                return TransportException.retry(e, "sync.error.unknownHost", host).forWholeTarget();
            }
            if (c instanceof SocketTimeoutException) {
                // A plain or STARTTLS client on the SSL port waits for a greeting that never comes.
                if (security != EmailSecurity.SSL && port == sslPort) {
                    return TransportException.fixSettings(e, portMixKey).forWholeTarget();
                }
                return TransportException.retry(e, "sync.error.timeout").forWholeTarget();
            }
            if (c instanceof ConnectException || c instanceof NoRouteToHostException) {
                return TransportException.retry(e, "sync.error.network", host + ":" + port).forWholeTarget();
            }
            if (c instanceof IOException) {
                return TransportException.retry(e, "sync.error.io", Causes.ioReason(c));
            }
        }
        return TransportException.retry(e, "sync.error.io", Causes.ioReason(e));
    }
}
