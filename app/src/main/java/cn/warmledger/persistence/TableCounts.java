package cn.warmledger.persistence;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Table;

import cn.warmledger.persistence.jooq.DefaultSchema;

/** Row counts of every domain table, for self-check and for verifying a backup before restore. */
public final class TableCounts {
    private final DSLContext dsl;

    public TableCounts(Database database) {
        this.dsl = database.dsl();
    }

    public Map<String, Integer> all() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> t : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            counts.put(t.getName().toLowerCase(), dsl.fetchCount(t));
        }
        return counts;
    }
}
