/**
 * 汇总 (ui.consolidation, the county): collecting the 下级单位's submissions, completeness, the consolidated
 * and hand-filled tables, and the 下级单位 themselves ({@code UnitService}). Repository: {@code ConsolidationRepository}
 * (the received submissions; named after the feature since issue 17), read through {@code ReceivedStore}.
 */
package cn.warmledger.service.consolidation;
