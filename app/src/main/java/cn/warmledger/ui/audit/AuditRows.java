package cn.warmledger.ui.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.warmledger.domain.AuditAction;
import cn.warmledger.domain.AuditEntry;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Recipient;
import cn.warmledger.service.safety.AuditTrail;
import cn.warmledger.ui.common.Texts;

/**
 * Turns entries of the 操作日志 into rows a clerk reads: the object kind, the action and what the entry is about in
 * Chinese (a person by name and masked 身份证号, a campaign by name, a setting by its label), and the changed
 * fields. Runs off the FX thread: it looks people and campaigns up once per list, not once per row.
 */
final class AuditRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SUMMARY_FIELDS = 4;

    /** One entry as listed; {@code changes} is empty when the stored text could not be read. */
    record AuditRow(AuditEntry entry, String entityLabel, String subject, String actionLabel, String summary,
                    Optional<List<AuditDiff.FieldChange>> changes) {
    }

    /** A person as the entry names them: from the register, else from the entry's own JSON. */
    private record Person(String name, String idNumber) {
    }

    private final AuditLookups lookups;
    private final Supplier<List<AuditEntry>> fileEntries;
    private Map<Long, String> campaigns = Map.of();
    private Map<String, String> items;
    private final Map<Long, Person> people = new HashMap<>();
    private final Map<String, Long> fileOwners = new HashMap<>();

    /** {@code fileEntries} lists the 困难职工档案 entries, read only when a 家庭成员 entry's household is not listed. */
    AuditRows(AuditLookups lookups, Supplier<List<AuditEntry>> fileEntries) {
        this.lookups = lookups;
        this.fileEntries = fileEntries;
    }

    List<AuditRow> rows(List<AuditEntry> entries) {
        List<JsonNode[]> data = new ArrayList<>(entries.size());
        Set<Long> recipientIds = new HashSet<>();
        for (AuditEntry e : entries) {
            JsonNode[] d = {parse(e.before()), parse(e.after())};
            data.add(d);
            learnFile(e.entity(), e.entityId(), d);
            // the entry's own copy of the person, for people the register no longer holds
            if (AuditTrail.RECIPIENT.equals(e.entity()) && e.entityId() != null) {
                personIn(d).ifPresent(p -> people.putIfAbsent(Long.parseLong(e.entityId()), p));
            }
            Long rid = recipientId(e, d);
            if (rid != null) {
                recipientIds.add(rid);
            }
        }
        boolean unlisted = entries.stream().anyMatch(e -> AuditTrail.FAMILY_MEMBER.equals(e.entity())
                && e.entityId() != null && !fileOwners.containsKey(e.entityId()));
        if (unlisted) {
            for (AuditEntry f : fileEntries.get()) {
                learnFile(f.entity(), f.entityId(), new JsonNode[] {parse(f.before()), parse(f.after())});
            }
            for (int i = 0; i < entries.size(); i++) {
                Long rid = recipientId(entries.get(i), data.get(i));
                if (rid != null) {
                    recipientIds.add(rid);
                }
            }
        }
        for (Recipient r : lookups.recipients(recipientIds).values()) {
            people.put(r.id(), new Person(r.name(), r.idNumber()));
        }
        campaigns = lookups.campaignNames();
        List<AuditRow> rows = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            rows.add(row(entries.get(i), data.get(i)));
        }
        return rows;
    }

    private AuditRow row(AuditEntry e, JsonNode[] d) {
        String entityLabel = entityLabel(e.entity());
        Optional<List<AuditDiff.FieldChange>> changes = AuditDiff.changes(e.entity(), entityLabel, e.before(),
                e.after(), plainLabel(e, entityLabel),
                AuditTrail.SETTING.equals(e.entity()) ? AuditFields.settingType(e.entityId()) : null, campaigns::get);
        String summary = e.summary();
        if ((summary == null || summary.isBlank()) && e.action() == AuditAction.UPDATE && changes.isPresent()
                && !changes.get().isEmpty()) {
            List<String> names = changes.get().stream().map(AuditDiff.FieldChange::field).distinct().toList();
            summary = Texts.get(names.size() > SUMMARY_FIELDS ? "audit.changedMore" : "audit.changed",
                    String.join("、", names.subList(0, Math.min(SUMMARY_FIELDS, names.size()))), names.size());
        }
        return new AuditRow(e, entityLabel, subject(e, d), Texts.label(e.action()), summary == null ? "" : summary,
                changes);
    }

    /** What the entry is about, in words; blank for entries about the whole database or a sign-in. */
    private String subject(AuditEntry e, JsonNode[] d) {
        String id = e.entityId();
        return switch (e.entity()) {
            case AuditTrail.RECIPIENT -> personIn(d).map(AuditRows::person).orElse("");
            case AuditTrail.HARDSHIP_FILE, AuditTrail.FAMILY_MEMBER, AuditTrail.VISIT -> {
                Long rid = recipientId(e, d);
                String who = rid == null ? "" : Optional.ofNullable(people.get(rid)).map(AuditRows::person)
                        .orElse(Texts.get("audit.subject.unknownPerson", String.valueOf(rid)));
                String campaign = text(d, "campaignId").map(c -> campaigns.get(Long.parseLong(c))).orElse(null);
                yield campaign == null ? who : Texts.get("audit.subject.withCampaign", who, campaign);
            }
            case AuditTrail.CAMPAIGN -> idName(id).or(() -> text(d, "name")).or(() -> text(d, "campaign/name"))
                    .orElse("");
            case AuditTrail.FUND_RAISED, AuditTrail.CAMPAIGN_ALIAS ->
                    text(d, "campaignId").flatMap(c -> Optional.ofNullable(campaigns.get(Long.parseLong(c)))).orElse("");
            case AuditTrail.ENTERPRISE, AuditTrail.ORGANIZATION -> text(d, "name").orElse("");
            case AuditTrail.ENTERPRISE_VISIT -> text(d, "enterpriseName").orElse("");
            case AuditTrail.SERVICE_ITEM -> text(d, "label").orElse(id == null ? "" : id);
            case AuditTrail.SERVICE_TALLY -> tally(id);
            case AuditTrail.SETTING -> settingLabel(id);
            case AuditTrail.RECEIVED_SUBMISSION -> text(d, "organizationName").orElse("");
            default -> "";
        };
    }

    private String tally(String id) {
        if (id == null || !id.contains("/")) {
            return id == null ? "" : id;
        }
        if (items == null) {
            items = lookups.serviceItemLabels();
        }
        String campaign = idName(id.substring(0, id.indexOf('/'))).orElse("");
        String item = id.substring(id.indexOf('/') + 1);
        return Texts.get("audit.subject.withCampaign", items.getOrDefault(item, item), campaign);
    }

    private Optional<String> idName(String id) {
        try {
            return id == null ? Optional.empty() : Optional.ofNullable(campaigns.get(Long.parseLong(id)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The person a 档案, 家庭成员 or 慰问 entry belongs to. */
    private Long recipientId(AuditEntry e, JsonNode[] d) {
        return switch (e.entity()) {
            case AuditTrail.HARDSHIP_FILE, AuditTrail.VISIT -> text(d, "recipientId").map(Long::parseLong).orElse(null);
            case AuditTrail.FAMILY_MEMBER -> e.entityId() == null ? null : fileOwners.get(e.entityId());
            default -> null;
        };
    }

    private void learnFile(String entity, String fileId, JsonNode[] d) {
        if (AuditTrail.HARDSHIP_FILE.equals(entity) && fileId != null) {
            text(d, "recipientId").ifPresent(r -> fileOwners.putIfAbsent(fileId, Long.parseLong(r)));
        }
    }

    static String entityLabel(String entity) {
        if (entity == null) {
            return Texts.get("audit.filter.anyEntity");
        }
        String key = "audit.entity." + entity;
        return Messages.has(key) ? Texts.get(key) : entity;
    }

    private static String settingLabel(String key) {
        return key != null && Messages.has("setting." + key) ? Messages.get("setting." + key) : key == null ? "" : key;
    }

    /** The name of a value stored as plain text: a setting's label, else the object kind. */
    private static String plainLabel(AuditEntry e, String entityLabel) {
        return AuditTrail.SETTING.equals(e.entity()) ? settingLabel(e.entityId()) : entityLabel;
    }

    private static String person(Person p) {
        return p.idNumber() == null ? p.name() : Texts.get("audit.subject.person", p.name(), IdNumber.mask(p.idNumber()));
    }

    private static Optional<Person> personIn(JsonNode[] d) {
        return text(d, "name").map(n -> new Person(n, text(d, "idNumber").orElse(null)));
    }

    /** A top-level field of the entry: from after, else from before (a deleted row's last state). */
    private static Optional<String> text(JsonNode[] d, String field) {
        for (int i = d.length - 1; i >= 0; i--) {
            JsonNode n = d[i] == null ? null : field.contains("/") ? d[i].at("/" + field) : d[i].get(field);
            if (n != null && !n.isNull() && !n.isMissingNode() && !n.asText().isBlank()) {
                return Optional.of(n.asText());
            }
        }
        return Optional.empty();
    }

    private static JsonNode parse(String text) {
        if (text == null || !text.strip().startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
