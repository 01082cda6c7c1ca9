package cn.warmledger.service.safety;

import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.Map;

import cn.warmledger.domain.CodedEnum;

/**
 * Turns a record (and the lists, maps, enums and values inside it) into compact JSON for the 操作日志.
 * Records are written by their component names; enums by their code; numbers and booleans bare.
 */
public final class AuditJson {
    private AuditJson() {
    }

    public static String of(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        write(sb, value);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object v) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Number || v instanceof Boolean) {
            sb.append(v instanceof java.math.BigDecimal d ? d.toPlainString() : v.toString());
        } else if (v instanceof CodedEnum e) {
            quote(sb, e.code());
        } else if (v instanceof Enum<?> e) {
            quote(sb, e.name());
        } else if (v instanceof Record r) {
            sb.append('{');
            boolean first = true;
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, c.getName());
                sb.append(':');
                try {
                    java.lang.reflect.Method m = c.getAccessor();
                    m.setAccessible(true);
                    write(sb, m.invoke(r));
                } catch (ReflectiveOperationException e) {
                    sb.append("null");
                }
            }
            sb.append('}');
        } else if (v instanceof Collection<?> list) {
            sb.append('[');
            boolean first = true;
            for (Object o : list) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                write(sb, o);
            }
            sb.append(']');
        } else if (v instanceof Map<?, ?> map) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    sb.append(',');
                }
                first = false;
                quote(sb, String.valueOf(e.getKey()));
                sb.append(':');
                write(sb, e.getValue());
            }
            sb.append('}');
        } else if (v instanceof java.util.Optional<?> o) {
            write(sb, o.orElse(null));
        } else if (v instanceof TemporalAccessor) {
            quote(sb, v.toString());
        } else {
            quote(sb, v.toString());
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
