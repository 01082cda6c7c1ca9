package cn.warmledger.service.visits;

import java.util.List;

/** A saved visit's id and the warnings the clerk should see (e.g. date outside the campaign period). */
public record VisitSaved(long id, List<String> warnings) {
}
