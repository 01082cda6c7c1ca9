package cn.warmledger.service.consolidation;

/** A 下级单位 as typed or read from a list, before its checks. */
public record UnitDraft(String code, String name, String contact, String phone) {
}
