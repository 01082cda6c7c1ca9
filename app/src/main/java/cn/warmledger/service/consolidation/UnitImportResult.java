package cn.warmledger.service.consolidation;

import java.util.List;

/** What an import of a 下级单位 list did: units added, units updated, and each refused row with its reason. */
public record UnitImportResult(int added, int updated, List<String> problems) {
    public UnitImportResult {
        problems = List.copyOf(problems);
    }
}
