package cn.warmledger.transport;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import cn.warmledger.domain.Causes;

/**
 * The one HTTP set-up of WebDAV, for sending ({@link WebDavTransport}) and collecting ({@link WebDavCollector}):
 * java.net.http over HTTP/1.1 without redirects, the settings' timeout and Basic authentication, and the
 * mapping of statuses and network failures to the clerk's {@link TransportException}s.
 */
final class DavClient {
    private final WebDavSettings settings;
    private final HttpClient client;

    /** {@code sslContext} null: the JDK's trusted certificates. */
    DavClient(WebDavSettings settings, SSLContext sslContext) {
        this.settings = settings;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout());
        if (sslContext != null) {
            b.sslContext(sslContext);
        }
        this.client = b.build();
    }

    /** The base folder URL, normalised; a URL that is not one is the clerk's to fix. */
    String base() throws TransportException {
        try {
            return DavPaths.folder(settings.url());
        } catch (IllegalArgumentException e) {
            throw TransportException.fixSettings(e, "sync.error.badUrl", settings.url());
        }
    }

    HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout());
        if (settings.user() != null && !settings.user().isBlank()) {
            String pair = settings.user() + ":" + (settings.password() == null ? "" : settings.password());
            b.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
            throws TransportException {
        try {
            return client.send(request.build(), body);
        } catch (IOException e) {
            throw networkFailure(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TransportException.retry(e, "sync.error.interrupted");
        }
    }

    /** 401 is a wrong password, unless the body says the account is only throttled (坚果云). */
    static TransportException failure(int status, String body) {
        String code = String.valueOf(status);
        if (status == 401 && body != null && body.contains("BlockedTemporarily")) {
            return TransportException.retry(null, "sync.error.throttled", code).forWholeTarget();
        }
        if (status == 401 || status == 403) {
            return TransportException.fixSettings(null, "sync.error.webdavAuth", code).forWholeTarget();
        }
        if (status == 404 || status == 409) {
            return TransportException.fixSettings(null, "sync.error.notFound", code);
        }
        if (status == 507) {
            return TransportException.fixSettings(null, "sync.error.quota");
        }
        if (status == 429 || status == 503) {
            return TransportException.retry(null, "sync.error.throttled", code).forWholeTarget();
        }
        if (status == 408 || status >= 500) {
            return TransportException.retry(null, "sync.error.server", code);
        }
        return TransportException.fixSettings(null, "sync.error.httpRejected", code);
    }

    /** A request that got no answer: certificate, timeout, refused, or broken off. */
    TransportException networkFailure(IOException e) {
        String url = settings.url();
        if (e instanceof SSLHandshakeException) {
            return TransportException.fixSettings(e, "sync.error.certificate", url).forWholeTarget();
        }
        if (e instanceof HttpConnectTimeoutException || e instanceof HttpTimeoutException) {
            return TransportException.retry(e, "sync.error.timeout").forWholeTarget();
        }
        if (e instanceof ConnectException) {
            return TransportException.retry(e, "sync.error.network", url).forWholeTarget();
        }
        return TransportException.retry(e, "sync.error.io", Causes.ioReason(e));
    }
}
