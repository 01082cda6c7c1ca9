package cn.warmledger.excel;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a template is filled with: single values by name ({@code ${org.name}}) and lists of rows
 * ({@code ${units.fundTotal}}, one sheet row per element). {@code listFields} name every field a list offers,
 * also when it is empty, so a template is checked against what the output can give, not what it happens to hold.
 * {@code rowsPerPage} applies where a template has a {@code pagesum(...)} row.
 */
public record ReportData(Map<String, Object> values, Map<String, Set<String>> listFields,
                         Map<String, List<Map<String, Object>>> lists, int rowsPerPage) {

    public boolean knowsValue(String name) {
        return values.containsKey(name);
    }

    public boolean knowsListField(String list, String field) {
        return listFields.containsKey(list) && listFields.get(list).contains(field);
    }

    public List<Map<String, Object>> rows(String list) {
        return lists.getOrDefault(list, List.of());
    }
}
