package cn.warmledger.service.imports;

/** A sheet the clerk can choose; hidden sheets are offered too, marked. */
public record ImportSheet(String name, boolean hidden) {
}
