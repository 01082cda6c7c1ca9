package cn.warmledger.excel;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A list of a {@link ReportData} whose lines are not maps: each value is computed from the line when asked, by the
 * index of its field in {@link #fields()}. The filler resolves a template column's field to that index once and
 * reads every line through {@link #value(int, int)}, so a 10,000-line roster costs no map per line. Read as the
 * {@code List<Map>} every list is (checks, totals, figures), a line is a small read-only view made on demand.
 */
public abstract class LineRows extends AbstractList<Map<String, Object>> {
    private final List<String> fields;

    protected LineRows(List<String> fields) {
        this.fields = List.copyOf(fields);
    }

    public final List<String> fields() {
        return fields;
    }

    /** The index of a field in {@link #fields()}, or -1. */
    public final int indexOf(String field) {
        return fields.indexOf(field);
    }

    /** The value of field {@code field} (an index of {@link #fields()}) of line {@code line}. */
    public abstract Object value(int line, int field);

    @Override
    public Map<String, Object> get(int line) {
        if (line < 0 || line >= size()) {
            throw new IndexOutOfBoundsException(line);
        }
        return new LineView(line);
    }

    /** One line read as a map, in the fields' order; values computed when read. */
    private final class LineView extends AbstractMap<String, Object> {
        private final int line;

        LineView(int line) {
            this.line = line;
        }

        @Override
        public Object get(Object key) {
            int i = key instanceof String s ? indexOf(s) : -1;
            return i < 0 ? null : value(line, i);
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String s && indexOf(s) >= 0;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < fields.size();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (!hasNext()) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new SimpleImmutableEntry<>(fields.get(i), value(line, i));
                        }
                    };
                }

                @Override
                public int size() {
                    return fields.size();
                }
            };
        }
    }
}
