package cn.warmledger.service.outbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.warmledger.domain.Manifest;

/**
 * manifest.json written and read with Jackson: UTF-8, keys in a fixed order, amounts as exact decimals
 * ("1200.00" stays "1200.00"). docs/decisions/6-1 describes the format.
 */
public final class ManifestJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ManifestJson() {
    }

    public static String write(Manifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", Manifest.FORMAT);
        root.put("submissionId", m.submissionId());
        ObjectNode org = root.putObject("organization");
        org.put("code", m.organizationCode());
        org.put("name", m.organizationName());
        root.put("parent", m.parentName());
        root.put("tableKind", m.tableKind());
        root.put("tableTitle", m.tableTitle());
        if (m.campaignId() != null || m.campaignName() != null) {
            ObjectNode campaign = root.putObject("campaign");
            campaign.put("id", m.campaignId());
            campaign.put("name", m.campaignName());
        } else {
            root.putNull("campaign");
        }
        root.put("periodYear", m.periodYear());
        root.put("periodLabel", m.periodLabel());
        root.put("generatedAt", m.generatedAt().toString());
        root.put("appVersion", m.appVersion());
        ArrayNode files = root.putArray("files");
        for (Manifest.File f : m.files()) {
            files.addObject().put("name", f.name()).put("size", f.size()).put("sha256", f.sha256());
        }
        root.set("figures", MAPPER.valueToTree(m.figures()));
        root.put("supersedes", m.supersedes());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Manifest read(String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            JsonNode org = root.path("organization");
            JsonNode campaign = root.path("campaign");
            List<Manifest.File> files = new ArrayList<>();
            for (JsonNode f : root.path("files")) {
                files.add(new Manifest.File(f.path("name").asText(), f.path("size").asLong(), f.path("sha256").asText()));
            }
            Map<String, Object> figures = root.hasNonNull("figures")
                    ? MAPPER.convertValue(root.get("figures"), new TypeReference<LinkedHashMap<String, Object>>() { })
                    : Map.of();
            return new Manifest(text(root, "submissionId"), text(org, "code"), text(org, "name"), text(root, "parent"),
                    text(root, "tableKind"), text(root, "tableTitle"),
                    campaign.hasNonNull("id") ? campaign.get("id").asLong() : null, text(campaign, "name"),
                    root.hasNonNull("periodYear") ? root.get("periodYear").asInt() : null, text(root, "periodLabel"),
                    root.hasNonNull("generatedAt") ? OffsetDateTime.parse(root.get("generatedAt").asText()) : null,
                    text(root, "appVersion"), files, figures, text(root, "supersedes"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}
