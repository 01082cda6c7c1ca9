package cn.warmledger.transport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.net.ssl.SSLContext;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import cn.warmledger.domain.Causes;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.ReceivedSource;

/**
 * Collects submissions from a WebDAV folder (Nextcloud, 坚果云): PROPFIND (Depth 1) on the base folder and on
 * every folder inside it (one per 单位, as {@link WebDavTransport} writes them), then GET of each manifest and
 * the files it names. Temporary upload names (.uploading, .part) are never taken: only the names a manifest
 * lists are fetched. Nothing on the server is changed.
 */
public final class WebDavCollector implements Collector {
    private static final String PROPFIND_BODY = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>";
    private final WebDavSettings settings;
    private final DavClient dav;

    /** {@code sslContext} null: the JDK's trusted certificates. */
    public WebDavCollector(WebDavSettings settings, SSLContext sslContext) {
        this.settings = settings;
        this.dav = new DavClient(settings, sslContext);
    }

    @Override
    public String origin() {
        return Messages.get("sync.target.webdav", settings.url());
    }

    /** One entry of a folder listing. */
    record Entry(String url, String name, boolean folder) {
    }

    @Override
    public void check() throws TransportException {
        list(dav.base());
    }

    @Override
    public void collect(Path staging, ParcelSink sink) throws TransportException {
        List<Entry> top = list(dav.base());
        take(top, "", staging, sink);
        for (Entry e : top) {
            if (sink.cancelled()) {
                return;
            }
            if (e.folder()) {
                List<Entry> inside;
                try {
                    inside = list(e.url());
                } catch (TransportException ex) {
                    if (ex.wholeTarget() || ex.retryable()) {
                        throw ex; // the login, the server or the network: nothing else can be read either
                    }
                    sink.skipped(e.url(), ex.getMessage()); // one folder the server refuses to list
                    continue;
                }
                take(inside, e.name(), staging, sink);
            }
        }
    }

    private void take(List<Entry> entries, String folderName, Path staging, ParcelSink sink)
            throws TransportException {
        Map<String, Entry> files = new LinkedHashMap<>();
        entries.stream().filter(e -> !e.folder()).forEach(e -> files.put(e.name(), e));
        for (Entry e : files.values()) {
            if (sink.cancelled()) {
                return;
            }
            if (!ManifestProbe.isManifestName(e.name())
                    || ManifestProbe.idFromName(e.name()).map(sink::alreadyHave).orElse(false)) {
                continue;
            }
            byte[] manifest;
            try {
                manifest = getIfThere(e.url(), e.name());
            } catch (ParcelLimits.TooLarge ex) {
                sink.skipped(e.url(), ex.getMessage());
                continue;
            } catch (IOException ex) {
                throw dav.networkFailure(ex); // broken off while reading
            }
            if (manifest == null) {
                sink.skipped(e.name(), Messages.get("collect.skipped.gone"));
                continue;
            }
            String json = new String(manifest, StandardCharsets.UTF_8);
            ManifestProbe probe = ManifestProbe.parse(json).orElse(null);
            if (probe == null) {
                sink.foreign(e.name());
                continue;
            }
            if (probe.validId() && sink.alreadyHave(probe.submissionId())) {
                continue;
            }
            Path dir = staging.resolve(probe.stagingName());
            try {
                Files.createDirectories(dir);
                List<Path> fetched = new ArrayList<>();
                for (String name : probe.fileNames()) {
                    Entry f = files.get(name);
                    Path target = dir.resolve(name);
                    if (f != null && fetchIfThere(f.url(), name, target)) {
                        fetched.add(target);
                    }
                }
                sink.receive(new IncomingParcel(probe.submissionId(), json, fetched,
                        folderName.isEmpty() ? null : folderName, ReceivedSource.WEBDAV, e.url()));
            } catch (IOException ex) {
                // this parcel could not be staged here: named, left on the server for the next collect; the rest goes on
                sink.skipped(e.url(), Causes.ioReason(ex));
            } finally {
                ImapCollector.deleteTree(dir);
            }
        }
    }

    /** PROPFIND Depth 1: the folder's children (the folder itself left out). */
    List<Entry> list(String folderUrl) throws TransportException {
        HttpResponse<byte[]> r = dav.send(dav.request(folderUrl).header("Depth", "1")
                .header("Content-Type", "application/xml; charset=utf-8")
                .method("PROPFIND", HttpRequest.BodyPublishers.ofString(PROPFIND_BODY)),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 207) {
            throw DavClient.failure(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        }
        URI self = URI.create(folderUrl);
        List<Entry> entries = new ArrayList<>();
        Document doc = parse(r.body());
        NodeList responses = doc.getElementsByTagNameNS("DAV:", "response");
        for (int i = 0; i < responses.getLength(); i++) {
            Element response = (Element) responses.item(i);
            NodeList hrefs = response.getElementsByTagNameNS("DAV:", "href");
            if (hrefs.getLength() == 0) {
                continue;
            }
            URI uri = self.resolve(hrefs.item(0).getTextContent().strip());
            boolean folder = response.getElementsByTagNameNS("DAV:", "collection").getLength() > 0;
            String path = uri.getRawPath();
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            String selfPath = self.getRawPath().endsWith("/")
                    ? self.getRawPath().substring(0, self.getRawPath().length() - 1) : self.getRawPath();
            if (DavPaths.decode(trimmed).equals(DavPaths.decode(selfPath))) {
                continue;
            }
            String name = DavPaths.decode(trimmed.substring(trimmed.lastIndexOf('/') + 1));
            String url = folder ? DavPaths.child(folderUrl, name, true) : DavPaths.child(folderUrl, name, false);
            entries.add(new Entry(url, name, folder));
        }
        return entries;
    }

    private static Document parse(byte[] xml) throws TransportException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            return b.parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw TransportException.retry(e, "collect.error.badListing");
        }
    }

    /**
     * A manifest's bytes, or null when it is gone (removed or renamed since the listing). A refused login still
     * stops the collect; a manifest above {@link ParcelLimits#MAX_MANIFEST} is refused by name.
     */
    private byte[] getIfThere(String url, String name) throws TransportException, IOException {
        HttpResponse<InputStream> r = dav.send(dav.request(url).GET(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (!answered(r)) {
                return null;
            }
            ParcelLimits.checkAnnounced(name, r.headers().firstValueAsLong("Content-Length").orElse(-1),
                    ParcelLimits.MAX_MANIFEST);
            return ParcelLimits.read(in, name, ParcelLimits.MAX_MANIFEST);
        }
    }

    /**
     * A file streamed to {@code target}, false when it is gone: the submission is then refused for its missing file
     * instead of stopping the collect. A file above {@link ParcelLimits#MAX_FILE} stops at the limit, refused by name.
     */
    private boolean fetchIfThere(String url, String name, Path target) throws TransportException, IOException {
        HttpResponse<InputStream> r = dav.send(dav.request(url).GET(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
            if (!answered(r)) {
                return false;
            }
            ParcelLimits.checkAnnounced(name, r.headers().firstValueAsLong("Content-Length").orElse(-1),
                    ParcelLimits.MAX_FILE);
            ParcelLimits.copy(in, target, name, ParcelLimits.MAX_FILE);
            return true;
        }
    }

    private static boolean answered(HttpResponse<InputStream> r) throws TransportException {
        if (r.statusCode() == 200) {
            return true;
        }
        if (r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() >= 500) {
            throw DavClient.failure(r.statusCode(), "");
        }
        return false;
    }
}
