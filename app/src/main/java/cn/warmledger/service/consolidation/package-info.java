/**
 * 汇总 (ui.consolidation, the county): collecting the 下级单位's submissions, completeness, the consolidated
 * and hand-filled tables, and the 下级单位 themselves ({@code UnitService}). Repository: {@code ConsolidationRepository}
 * (the received submissions; named after the feature since issue 17), read through {@code ReceivedStore}.
 * One service per sub-feature: {@code CollectService} (收取 into the store), {@code ConsolidationService} (what came
 * in: completeness, history, 选用, 匹配), {@code ConsolidatedTables} (汇总表, 未上报 list, 上报),
 * {@code HandFilledTables} (a hand-filled sheet), {@code UnitService} (下级单位).
 */
package cn.warmledger.service.consolidation;
