package cn.warmledger.ui.audit;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;

import cn.warmledger.ui.common.Texts;

/**
 * The changed fields of one audit entry, 字段 | 修改前 | 修改后, from the JSON stored before and after. Nested
 * records (档案's 收入, 银行卡) read as their own fields; a list of records (家庭成员) as 家庭成员1：姓名 ….
 * A field missing from an older entry counts as empty, so entries written before a field existed still read.
 */
final class AuditDiff {
    // money as written (800.00, not 800.0 or 8E+2)
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));

    /** One changed field, as shown. */
    record FieldChange(String field, String before, String after) {
    }

    private record Leaf(String label, String field, JsonNode node, Type type) {
    }

    private AuditDiff() {
    }

    /**
     * The changed fields, or empty when the stored text cannot be read as JSON (the raw text stays behind 详细).
     * {@code plainLabel} names a value stored as plain text (a setting's value).
     */
    static Optional<List<FieldChange>> changes(String entity, String entityLabel, String before, String after,
                                               String plainLabel, Function<Long, String> campaignNames) {
        return changes(entity, entityLabel, before, after, plainLabel, null, campaignNames);
    }

    /** The same, {@code plainType} the enum a plain value names (a setting's 上报方式). */
    static Optional<List<FieldChange>> changes(String entity, String entityLabel, String before, String after,
                                               String plainLabel, Type plainType, Function<Long, String> campaignNames) {
        Map<String, Leaf> b = new LinkedHashMap<>();
        Map<String, Leaf> a = new LinkedHashMap<>();
        if (!flatten(entity, entityLabel, before, plainLabel, plainType, b)
                || !flatten(entity, entityLabel, after, plainLabel, plainType, a)) {
            return Optional.empty();
        }
        Set<String> keys = new LinkedHashSet<>(b.keySet());
        keys.addAll(a.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            Leaf lb = b.get(key);
            Leaf la = a.get(key);
            if (same(lb == null ? null : lb.node(), la == null ? null : la.node())) {
                continue;
            }
            Leaf any = la == null ? lb : la;
            changes.add(new FieldChange(any.label(), show(lb, campaignNames), show(la, campaignNames)));
        }
        return Optional.of(changes);
    }

    /** Parses the stored text into its leaves; false when it looks like JSON but is not. */
    static boolean flatten(String entity, String entityLabel, String text, String plainLabel, Type plainType,
                           Map<String, Leaf> out) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip();
        if (!t.startsWith("{") && !t.startsWith("[")) {
            out.put("", new Leaf(plainLabel, "", TextNode.valueOf(text), plainType));
            return true;
        }
        JsonNode root;
        try {
            root = JSON.readTree(t);
        } catch (JsonProcessingException e) {
            return false;
        }
        Type record = AuditFields.recordOf(entity).orElse(null);
        if (root.isArray()) {
            // a list of records (the household's 家庭成员): each member's fields, numbered
            for (int i = 0; i < root.size(); i++) {
                String prefix = Texts.get("audit.itemField", entityLabel, i + 1);
                leaves(entity, root.get(i), record, "[" + i + "].", prefix, out);
            }
        } else {
            leaves(entity, root, record, "", "", out);
        }
        return true;
    }

    private static void leaves(String entity, JsonNode node, Type type, String path, String labelPrefix,
                               Map<String, Leaf> out) {
        if (!node.isObject()) {
            out.put(path, new Leaf(labelPrefix, "", node, type));
            return;
        }
        node.fields().forEachRemaining(e -> {
            String field = e.getKey();
            if (AuditFields.HIDDEN.contains(field)) {
                return;
            }
            Type t = AuditFields.fieldType(entity, type, field);
            if (e.getValue().isObject()) {
                leaves(entity, e.getValue(), t, path + field + ".", labelPrefix, out);
            } else {
                out.put(path + field, new Leaf(labelPrefix + AuditFields.label(entity, field), field, e.getValue(), t));
            }
        });
    }

    private static String show(Leaf leaf, Function<Long, String> campaignNames) {
        return leaf == null ? "" : AuditFields.value(leaf.field(), leaf.node(), leaf.type(), campaignNames);
    }

    /** Equal values, an absent field counted as empty (and as 否 next to one) and 800 the same as 800.00. */
    private static boolean same(JsonNode x, JsonNode y) {
        if (empty(x) && isFalse(y) || isFalse(x) && empty(y)) {
            return true;
        }
        if (empty(x) || empty(y)) {
            return empty(x) && empty(y);
        }
        if (x.isNumber() && y.isNumber()) {
            return x.decimalValue().compareTo(y.decimalValue()) == 0;
        }
        return x.equals(y);
    }

    private static boolean isFalse(JsonNode n) {
        return n != null && n.isBoolean() && !n.booleanValue();
    }

    private static boolean empty(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() || (n.isTextual() && n.asText().isEmpty())
                || (n.isArray() && n.isEmpty());
    }
}
