package cn.warmledger.domain;

/** A counted service of the 七送/十送/五送 (法律咨询 人次, 送春联 幅 …); built-in or added by the user. */
public record ServiceItem(String code, String label, String unit, boolean builtin) {
}
