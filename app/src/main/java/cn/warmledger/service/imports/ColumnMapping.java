package cn.warmledger.service.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import cn.warmledger.domain.IdNumber;

/**
 * Which column of the sheet holds which {@link ImportField}: guessed from the header row by synonyms,
 * then corrected by the clerk. A field sits in at most one column; unmapped columns are ignored (and
 * listed). Immutable: {@link #with} gives a corrected copy.
 */
public final class ColumnMapping {
    private static final Pattern IN_BRACKETS = Pattern.compile("\\([^)]*\\)|\\[[^]]*]|【[^】]*】");
    private static final Pattern NOISE = Pattern.compile("[*:：、.。]");

    private final ImportKind kind;
    private final List<String> headers;
    private final Map<Integer, ImportField> fields;

    private ColumnMapping(ImportKind kind, List<String> headers, Map<Integer, ImportField> fields) {
        this.kind = kind;
        this.headers = List.copyOf(headers);
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Maps each header that names a field; the first column wins when two name the same field. */
    public static ColumnMapping guess(List<String> headers) {
        return guess(headers, ImportKind.RECIPIENTS);
    }

    /** The same for a kind of import: only that kind's fields are mapped, other headers stay unmapped. */
    public static ColumnMapping guess(List<String> headers, ImportKind kind) {
        Map<Integer, ImportField> fields = new LinkedHashMap<>();
        Set<ImportField> taken = EnumSet.noneOf(ImportField.class);
        for (int c = 0; c < headers.size(); c++) {
            Optional<ImportField> f = match(headers.get(c)).filter(kind::allows);
            if (f.isPresent() && taken.add(f.get())) {
                fields.put(c, f.get());
            }
        }
        return new ColumnMapping(kind, headers, fields);
    }

    /** The field a header names, compared without spaces, stars, colons and units in brackets. */
    public static Optional<ImportField> match(String header) {
        String h = normalize(header);
        if (h.isEmpty()) {
            return Optional.empty();
        }
        for (ImportField f : ImportField.values()) {
            if (f.synonyms().contains(h)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String h = IdNumber.normalize(header).replace('（', '(').replace('）', ')');
        return NOISE.matcher(IN_BRACKETS.matcher(h).replaceAll("")).replaceAll("");
    }

    /** A copy with {@code column} mapped to {@code field} (null: not imported); the field leaves any other column. */
    public ColumnMapping with(int column, ImportField field) {
        Map<Integer, ImportField> copy = new LinkedHashMap<>(fields);
        if (field != null) {
            copy.values().removeIf(f -> f == field);
            copy.put(column, field);
        } else {
            copy.remove(column);
        }
        return new ColumnMapping(kind, headers, copy);
    }

    public ImportKind kind() {
        return kind;
    }

    public List<String> headers() {
        return headers;
    }

    public String header(int column) {
        String h = column < headers.size() ? headers.get(column) : "";
        return h == null || h.isBlank() ? cn.warmledger.domain.Messages.get("import.columnLetter", letter(column))
                : h.strip().replaceAll("\\s+", "");
    }

    /** A, B, …, Z, AA, AB, …: how Excel names a column. */
    public static String letter(int column) {
        StringBuilder b = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            b.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return b.toString();
    }

    public Optional<ImportField> field(int column) {
        return Optional.ofNullable(fields.get(column));
    }

    public OptionalInt column(ImportField field) {
        return fields.entrySet().stream().filter(e -> e.getValue() == field).mapToInt(Map.Entry::getKey).findFirst();
    }

    public boolean has(ImportField field) {
        return fields.containsValue(field);
    }

    /** The header of the column holding {@code field}, or the field's own label when unmapped. */
    public String headerOf(ImportField field) {
        OptionalInt c = column(field);
        return c.isPresent() ? header(c.getAsInt()) : field.label();
    }

    /** Columns with a header that no field takes. */
    public List<Integer> unmappedColumns() {
        List<Integer> list = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (!fields.containsKey(c) && headers.get(c) != null && !headers.get(c).isBlank()) {
                list.add(c);
            }
        }
        return list;
    }

    /** Required fields (姓名, 身份证号; for a roster also 慰问日期) no column holds. */
    public List<ImportField> missingRequired() {
        return kind.required().stream().filter(f -> !has(f)).toList();
    }

    public Map<Integer, ImportField> asMap() {
        return fields;
    }
}
