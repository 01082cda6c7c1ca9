package cn.warmledger.transport;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * WebDAV addresses with every path segment percent-encoded (UTF-8), so Chinese folder and file names
 * reach the server intact. A base URL typed with or without encoding comes out the same.
 */
final class DavPaths {
    private DavPaths() {
    }

    /** The base folder URL, normalised: segments re-encoded, ending in "/". */
    static String folder(String baseUrl) {
        URI raw = URI.create(encodeLoosely(baseUrl.strip()));
        String scheme = raw.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || raw.getRawAuthority() == null) {
            throw new IllegalArgumentException(baseUrl);
        }
        StringBuilder path = new StringBuilder();
        String rawPath = raw.getRawPath() == null ? "" : raw.getRawPath();
        for (String segment : rawPath.split("/")) {
            if (!segment.isEmpty()) {
                path.append('/').append(segment(decode(segment)));
            }
        }
        return scheme.toLowerCase() + "://" + raw.getRawAuthority() + path + "/";
    }

    /** A child of a folder URL: a file, or a folder when {@code folder} is true. */
    static String child(String folderUrl, String name, boolean folder) {
        return folderUrl + segment(name) + (folder ? "/" : "");
    }

    static String segment(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** Decodes %XX only ("+" stays a plus: in a path it is one). */
    static String decode(String segment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '%' && i + 2 < bytes.length && Character.digit(bytes[i + 1], 16) >= 0
                    && Character.digit(bytes[i + 2], 16) >= 0) {
                out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Makes a typed URL parseable: characters URI refuses (Chinese, spaces) are encoded, the rest kept. */
    private static String encodeLoosely(String url) {
        StringBuilder out = new StringBuilder();
        url.codePoints().forEach(c -> {
            if (c > 127 || " \"<>{}|\\^`".indexOf(c) >= 0) {
                out.append(segment(Character.toString(c)));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
