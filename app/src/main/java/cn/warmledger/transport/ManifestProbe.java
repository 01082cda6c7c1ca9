package cn.warmledger.transport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.warmledger.domain.Manifest;

/**
 * The little a collector needs from a manifest before it fetches anything: that it is ours (format
 * warmledger-submission/1), its submission id, and the names of its files. A name that is not a plain file
 * name (a path, "..") is left out, so it counts as missing and the submission is refused, never written
 * outside the staging folder.
 */
record ManifestProbe(String submissionId, List<String> fileNames) {
    private static final Pattern NAME = Pattern.compile("manifest-[^/\\\\]+\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** manifest-&lt;id&gt;.json, as the outbox names it. */
    static boolean isManifestName(String fileName) {
        return fileName != null && NAME.matcher(fileName).matches();
    }

    /** The submission id the outbox puts in the manifest's name, so a known one is skipped before any download. */
    static Optional<String> idFromName(String fileName) {
        if (!isManifestName(fileName)) {
            return Optional.empty();
        }
        String id = fileName.substring("manifest-".length(), fileName.length() - ".json".length());
        return id.isBlank() ? Optional.empty() : Optional.of(id);
    }

    static Optional<ManifestProbe> parse(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !Manifest.FORMAT.equals(root.path("format").asText(null))) {
                return Optional.empty();
            }
            String id = root.path("submissionId").asText("");
            if (id.isBlank() || !isPlainName(id)) {
                return Optional.empty();
            }
            List<String> names = new ArrayList<>();
            for (JsonNode f : root.path("files")) {
                String name = f.path("name").asText("");
                if (isPlainName(name)) {
                    names.add(name);
                }
            }
            return Optional.of(new ManifestProbe(id, names));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean isPlainName(String name) {
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\") || name.equals("..")
                || name.equals(".") || name.indexOf(':') >= 0) {
            return false;
        }
        try {
            return Path.of(name).getFileName().toString().equals(name);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
