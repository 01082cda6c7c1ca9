package cn.warmledger.transport;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.net.ssl.SSLContext;

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
    private final DavClient dav;

    /** {@code sslContext} null: the JDK's trusted certificates. */
    public WebDavTransport(WebDavSettings settings, SSLContext sslContext) {
        this.settings = settings;
        this.dav = new DavClient(settings, sslContext);
    }

    @Override
    public String target() {
        return Messages.get("sync.target.webdav", settings.url());
    }

    @Override
    public void send(Parcel parcel) throws TransportException {
        String folder = DavPaths.child(dav.base(), parcel.unitFolder(), true);
        makeFolder(folder);
        for (Attachment a : parcel.attachments()) {
            upload(folder, a);
        }
    }

    @Override
    public void testConnection() throws TransportException {
        HttpResponse<String> r = call(dav.request(dav.base()).header("Depth", "0")
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
            URI uri = URI.create(dav.base());
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
            put = call(dav.request(temp).timeout(uploadTimeout(a.size()))
                    .PUT(HttpRequest.BodyPublishers.ofFile(a.path())));
        } catch (FileNotFoundException e) {
            throw TransportException.fixSettings(e, "sync.error.fileMissing", a.name());
        }
        if (put.statusCode() != 201 && put.statusCode() != 204 && put.statusCode() != 200) {
            throw uploadFailure(put);
        }
        checkSize(temp, a);
        HttpResponse<String> move = call(dav.request(temp).header("Destination", target).header("Overwrite", "T")
                .method("MOVE", HttpRequest.BodyPublishers.noBody()));
        if (move.statusCode() != 201 && move.statusCode() != 204) {
            throw uploadFailure(move);
        }
        checkSize(target, a);
    }

    private void makeFolder(String folder) throws TransportException {
        HttpResponse<String> r = call(dav.request(folder).method("MKCOL", HttpRequest.BodyPublishers.noBody()));
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
            throw DavClient.failure(head.statusCode(), "");
        }
        if (head.headers().firstValueAsLong("Content-Length").orElse(-1) != a.size()) {
            return false;
        }
        HttpResponse<InputStream> get = dav.send(dav.request(url).GET(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = get.body()) {
            if (get.statusCode() != 200) {
                throw DavClient.failure(get.statusCode(), "");
            }
            return Hashes.sha256(in).equals(a.sha256());
        } catch (IOException e) {
            throw dav.networkFailure(e);
        }
    }

    private void checkSize(String url, Attachment a) throws TransportException {
        HttpResponse<Void> head = head(url);
        if (head.statusCode() != 200) {
            throw DavClient.failure(head.statusCode(), "");
        }
        long size = head.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (size != a.size()) {
            throw TransportException.retry(null, "sync.error.sizeMismatch",
                    a.name() + " " + size + "/" + a.size());
        }
    }

    private HttpResponse<Void> head(String url) throws TransportException {
        return dav.send(dav.request(url).method("HEAD", HttpRequest.BodyPublishers.noBody()),
                HttpResponse.BodyHandlers.discarding());
    }

    private HttpResponse<String> call(HttpRequest.Builder request) throws TransportException {
        return dav.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Duration uploadTimeout(long size) {
        // at least the usual timeout, plus a second for every 32 KB: a slow township line still finishes
        return settings.timeout().plusSeconds(size / (32 * 1024));
    }

    private TransportException failure(HttpResponse<String> r) {
        return DavClient.failure(r.statusCode(), r.body());
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
                : DavClient.failure(status, r.body());
    }
}
