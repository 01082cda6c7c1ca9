package cn.warmledger.transport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;

/**
 * Uploads a submission to a WebDAV folder (Nextcloud, 坚果云): a folder per 单位 (MKCOL when missing),
 * each file PUT under a temporary name (not ".part", which Nextcloud refuses), its size checked, then
 * MOVEd into place. A final file already there with the same SHA-256 counts as sent. Plain
 * java.net.http over HTTP/1.1, without expect-continue (it hangs on a refused upload on JDK 17).
 */
public final class WebDavTransport implements Transport {
    static final String TEMP_SUFFIX = ".uploading";
    private final WebDavSettings settings;
    private final HttpClient client;

    /** {@code sslContext} null: the JDK's trusted certificates. */
    public WebDavTransport(WebDavSettings settings, SSLContext sslContext) {
        this.settings = settings;
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(settings.timeout());
        if (sslContext != null) {
            b.sslContext(sslContext);
        }
        this.client = b.build();
    }

    @Override
    public String target() {
        return Messages.get("sync.target.webdav", settings.url());
    }

    @Override
    public void send(Parcel parcel) throws TransportException {
        String folder = DavPaths.child(base(), parcel.unitFolder(), true);
        makeFolder(folder);
        for (Attachment a : parcel.attachments()) {
            upload(folder, a);
        }
    }

    @Override
    public void testConnection() throws TransportException {
        HttpResponse<String> r = call(request(base()).header("Depth", "0")
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString(
                        "<?xml version=\"1.0\" encoding=\"utf-8\"?><propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>"))
                .header("Content-Type", "application/xml; charset=utf-8"));
        if (r.statusCode() != 207 && r.statusCode() != 200) {
            throw failure(r);
        }
    }

    @Override
    public boolean reachable() {
        try {
            URI uri = URI.create(base());
            int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            return Reachability.canConnect(uri.getHost(), port);
        } catch (TransportException | IllegalArgumentException e) {
            return false;
        }
    }

    private void upload(String folder, Attachment a) throws TransportException {
        String target = DavPaths.child(folder, a.name(), false);
        if (alreadyThere(target, a)) {
            return;
        }
        String temp = DavPaths.child(folder, a.name() + TEMP_SUFFIX, false);
        HttpResponse<String> put;
        try {
            put = call(request(temp).timeout(uploadTimeout(a.size()))
                    .PUT(HttpRequest.BodyPublishers.ofFile(a.path())));
        } catch (FileNotFoundException e) {
            throw TransportException.fixSettings(e, "sync.error.fileMissing", a.name());
        }
        if (put.statusCode() != 201 && put.statusCode() != 204 && put.statusCode() != 200) {
            throw uploadFailure(put);
        }
        checkSize(temp, a);
        HttpResponse<String> move = call(request(temp).header("Destination", target).header("Overwrite", "T")
                .method("MOVE", HttpRequest.BodyPublishers.noBody()));
        if (move.statusCode() != 201 && move.statusCode() != 204) {
            throw uploadFailure(move);
        }
        checkSize(target, a);
    }

    private void makeFolder(String folder) throws TransportException {
        HttpResponse<String> r = call(request(folder).method("MKCOL", HttpRequest.BodyPublishers.noBody()));
        int s = r.statusCode();
        if (s == 201 || s == 405 || s == 301) {
            return; // made now, or there already
        }
        throw failure(r);
    }

    /** A complete copy under the final name (same size and SHA-256) means an earlier attempt got through. */
    private boolean alreadyThere(String url, Attachment a) throws TransportException {
        HttpResponse<Void> head = head(url);
        if (head.statusCode() == 404) {
            return false;
        }
        if (head.statusCode() != 200) {
            throw failure(head.statusCode(), "");
        }
        if (head.headers().firstValueAsLong("Content-Length").orElse(-1) != a.size()) {
            return false;
        }
        HttpResponse<InputStream> get = send(request(url).GET(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = get.body()) {
            if (get.statusCode() != 200) {
                throw failure(get.statusCode(), "");
            }
            return Hashes.sha256(in).equals(a.sha256());
        } catch (IOException e) {
            throw networkFailure(e);
        }
    }

    private void checkSize(String url, Attachment a) throws TransportException {
        HttpResponse<Void> head = head(url);
        if (head.statusCode() != 200) {
            throw failure(head.statusCode(), "");
        }
        long size = head.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (size != a.size()) {
            throw TransportException.retry(null, "sync.error.sizeMismatch",
                    a.name() + " " + size + "/" + a.size());
        }
    }

    private HttpResponse<Void> head(String url) throws TransportException {
        return send(request(url).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> call(HttpRequest.Builder request) throws TransportException {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
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

    private HttpRequest.Builder request(String url) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout());
        if (settings.user() != null && !settings.user().isBlank()) {
            String pair = settings.user() + ":" + (settings.password() == null ? "" : settings.password());
            b.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return b;
    }

    private Duration uploadTimeout(long size) {
        // at least the usual timeout, plus a second for every 32 KB: a slow township line still finishes
        return settings.timeout().plusSeconds(size / (32 * 1024));
    }

    private String base() throws TransportException {
        try {
            return DavPaths.folder(settings.url());
        } catch (IllegalArgumentException e) {
            throw TransportException.fixSettings(e, "sync.error.badUrl", settings.url());
        }
    }

    private TransportException failure(HttpResponse<String> r) {
        return failure(r.statusCode(), r.body());
    }

    /**
     * A refused PUT or MOVE: a status that says nothing about address or password (405, 413, 423, another 4xx)
     * is the server refusing the upload itself, most often a full disk or a read-only folder, and is called that.
     */
    private static TransportException uploadFailure(HttpResponse<String> r) {
        int status = r.statusCode();
        boolean generic = status >= 400 && status < 500 && status != 401 && status != 403 && status != 404
                && status != 409 && status != 408 && status != 429;
        return generic ? TransportException.fixSettings(null, "sync.error.uploadRefused", String.valueOf(status))
                : failure(status, r.body());
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

    private TransportException networkFailure(IOException e) {
        return networkFailure(e, settings.url());
    }

    /** A request that got no answer: certificate, timeout, refused, or broken off. */
    static TransportException networkFailure(IOException e, String url) {
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
