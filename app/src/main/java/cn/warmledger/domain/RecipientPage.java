package cn.warmledger.domain;

import java.util.List;

/** One page of the register's result and the true number of rows matching the query ({@code total}). */
public record RecipientPage(List<RecipientSummary> rows, int offset, int total) {
    public RecipientPage {
        rows = List.copyOf(rows);
    }

    /** Whether rows lie beyond this page. */
    public boolean hasMore() {
        return offset + rows.size() < total;
    }
}
