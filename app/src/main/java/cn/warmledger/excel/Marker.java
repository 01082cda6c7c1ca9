package cn.warmledger.excel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;

/**
 * One {@code ${...}} marker of a template cell: a value ({@code org.name}), a list field ({@code units.fundTotal}),
 * a total over a list field ({@code sum(units.fundTotal)}) or a page subtotal ({@code pagesum(people.cash)}).
 */
record Marker(Kind kind, String list, String field, String text) {
    enum Kind { VALUE, LIST_FIELD, SUM, PAGE_SUM }

    private static final Pattern MARKER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern CALL = Pattern.compile("(sum|pagesum)\\(\\s*([\\w.]+)\\s*\\)");
    private static final Pattern NAME = Pattern.compile("[\\w.]+");

    /** The markers of a cell's text; refuses an unknown field naming the cell ("B5：未知字段 foo"). */
    static List<Marker> parse(String text, String cellRef, ReportData data) {
        List<Marker> markers = new ArrayList<>();
        if (text == null || !text.contains("${")) {
            return markers;
        }
        Matcher m = MARKER.matcher(text);
        int end = 0;
        while (m.find()) {
            markers.add(resolve(m.group(1).strip(), m.group(), cellRef, data));
            end = m.end();
        }
        if (text.indexOf("${", end) >= 0) {
            throw new InvalidValueException(cellRef, Messages.get("template.unclosed"));
        }
        return markers;
    }

    /**
     * {@code text} with each of its markers (found in it by {@link #parse}, in order) replaced by what
     * {@code valueText} gives for it.
     */
    static String substitute(String text, List<Marker> markers, Function<Marker, String> valueText) {
        StringBuilder out = new StringBuilder();
        Matcher m = MARKER.matcher(text);
        int i = 0;
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(valueText.apply(markers.get(i++)));
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static Marker resolve(String expression, String text, String cellRef, ReportData data) {
        Matcher call = CALL.matcher(expression);
        if (call.matches()) {
            Marker inner = resolve(call.group(2), text, cellRef, data);
            if (inner.kind() != Kind.LIST_FIELD) {
                throw new InvalidValueException(cellRef, Messages.get("template.sumNeedsList", expression));
            }
            return new Marker("sum".equals(call.group(1)) ? Kind.SUM : Kind.PAGE_SUM, inner.list(), inner.field(), text);
        }
        if (!NAME.matcher(expression).matches()) {
            throw new InvalidValueException(cellRef, Messages.get("template.unknownField", expression));
        }
        if (data.knowsValue(expression)) {
            return new Marker(Kind.VALUE, null, expression, text);
        }
        int dot = expression.indexOf('.');
        if (dot > 0 && data.knowsListField(expression.substring(0, dot), expression.substring(dot + 1))) {
            return new Marker(Kind.LIST_FIELD, expression.substring(0, dot), expression.substring(dot + 1), text);
        }
        throw new InvalidValueException(cellRef, Messages.get("template.unknownField", expression));
    }
}
