package cn.warmledger.transport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.warmledger.domain.Manifest;
import cn.warmledger.domain.ManifestRules;

/**
 * The little a collector needs from a manifest before it fetches anything: that it is ours (format
 * warmledger-submission/1), its submission id, and the names of its files. Nothing from the manifest becomes a
 * path unchecked: a file name that is not a plain name of a sane length is left out (the receiver refuses the
 * submission for it), and a submission id that is not a short plain token is never used as a folder name: such
 * a parcel is staged under a name made from its content, so the receiver can refuse it by name and keep it for
 * inspection while the collect goes on.
 */
record ManifestProbe(String submissionId, List<String> fileNames, String stagingName) {
    private static final Pattern NAME = Pattern.compile("manifest-[^/\\\\]+\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** manifest-&lt;id&gt;.json, as the outbox names it. */
    static boolean isManifestName(String fileName) {
        return fileName != null && NAME.matcher(fileName).matches();
    }

    /**
     * The submission id the outbox puts in the manifest's name, so a known one is skipped before any download;
     * empty when the name holds no valid id (the manifest is then read to find out).
     */
    static Optional<String> idFromName(String fileName) {
        if (!isManifestName(fileName)) {
            return Optional.empty();
        }
        String id = fileName.substring("manifest-".length(), fileName.length() - ".json".length());
        return ManifestRules.isValidId(id) ? Optional.of(id) : Optional.empty();
    }

    /** True when the id can be asked about and used as a folder name. */
    boolean validId() {
        return ManifestRules.isValidId(submissionId);
    }

    static Optional<ManifestProbe> parse(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            if (root == null || !Manifest.FORMAT.equals(root.path("format").asText(null))) {
                return Optional.empty();
            }
            String id = root.path("submissionId").asText("");
            List<String> names = new ArrayList<>();
            for (JsonNode f : root.path("files")) {
                String name = f.path("name").asText("");
                if (ManifestRules.isValidFileName(name)) {
                    names.add(name);
                }
            }
            String staging = ManifestRules.isValidId(id) ? id
                    : "refused-" + Hashes.sha256(json.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
            return Optional.of(new ManifestProbe(id, names, staging));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
