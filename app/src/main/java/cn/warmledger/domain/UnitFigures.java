package cn.warmledger.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One 单位's row of a statistics table: figures by field name (counts with scale 0, amounts in 元), as the
 * SQL aggregates return them; the report layer converts 元 to 万元 where the header says so.
 */
public record UnitFigures(long organizationId, String code, String name, Map<String, BigDecimal> figures) {
    public BigDecimal get(String field) {
        return figures.getOrDefault(field, BigDecimal.ZERO);
    }
}
