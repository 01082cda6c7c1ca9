package cn.warmledger.persistence;

import static cn.warmledger.persistence.jooq.Tables.SERVICE_ITEM;
import static cn.warmledger.persistence.jooq.Tables.SERVICE_TALLY;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import cn.warmledger.domain.ServiceItem;
import cn.warmledger.domain.ServiceTally;

/** The 七送/十送/五送 service items and one tally per item and campaign. */
public final class ServiceTallyRepository {
    private final DSLContext dsl;

    public ServiceTallyRepository(Database database) {
        this.dsl = database.dsl();
    }

    public List<ServiceItem> items() {
        return dsl.selectFrom(SERVICE_ITEM).orderBy(SERVICE_ITEM.SORT_ORDER, SERVICE_ITEM.CODE)
                .fetch(r -> new ServiceItem(r.getCode(), r.getLabel(), r.getUnit(), r.getBuiltin()));
    }

    public Optional<ServiceItem> findItemByLabel(String label) {
        return dsl.selectFrom(SERVICE_ITEM).where(SERVICE_ITEM.LABEL.eq(label))
                .fetchOptional(r -> new ServiceItem(r.getCode(), r.getLabel(), r.getUnit(), r.getBuiltin()));
    }

    public void addItem(ServiceItem item) {
        Integer last = dsl.select(DSL.max(SERVICE_ITEM.SORT_ORDER)).from(SERVICE_ITEM).fetchOne(0, Integer.class);
        dsl.insertInto(SERVICE_ITEM)
                .set(SERVICE_ITEM.CODE, item.code())
                .set(SERVICE_ITEM.LABEL, item.label())
                .set(SERVICE_ITEM.UNIT, item.unit())
                .set(SERVICE_ITEM.BUILTIN, false)
                .set(SERVICE_ITEM.SORT_ORDER, (last == null ? 0 : last) + 10)
                .execute();
    }

    /** The campaign's quantity per item code (items without a tally are absent). */
    public Map<String, Long> quantities(long campaignId) {
        Map<String, Long> result = new LinkedHashMap<>();
        dsl.select(SERVICE_TALLY.ITEM_CODE, DSL.sum(SERVICE_TALLY.QUANTITY)).from(SERVICE_TALLY)
                .where(SERVICE_TALLY.CAMPAIGN_ID.eq(campaignId))
                .groupBy(SERVICE_TALLY.ITEM_CODE)
                .forEach(r -> result.put(r.value1(), r.value2().longValue()));
        return result;
    }

    /** Replaces the campaign's tally of one item (one row per item and campaign). */
    public void setQuantity(long campaignId, int year, String itemCode, long quantity) {
        dsl.deleteFrom(SERVICE_TALLY).where(SERVICE_TALLY.CAMPAIGN_ID.eq(campaignId)
                .and(SERVICE_TALLY.ITEM_CODE.eq(itemCode))).execute();
        dsl.insertInto(SERVICE_TALLY)
                .set(SERVICE_TALLY.CAMPAIGN_ID, campaignId)
                .set(SERVICE_TALLY.TALLY_YEAR, year)
                .set(SERVICE_TALLY.ITEM_CODE, itemCode)
                .set(SERVICE_TALLY.QUANTITY, quantity)
                .set(SERVICE_TALLY.RECORDED_ON, LocalDate.now())
                .execute();
    }

    public List<ServiceTally> tallies(long campaignId) {
        Map<String, Long> q = quantities(campaignId);
        return items().stream().map(i -> new ServiceTally(i, q.getOrDefault(i.code(), 0L))).toList();
    }
}
