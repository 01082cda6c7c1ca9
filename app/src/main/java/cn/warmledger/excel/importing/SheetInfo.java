package cn.warmledger.excel.importing;

/** A sheet of a workbook, in workbook order; hidden sheets are listed too, flagged. */
public record SheetInfo(String name, boolean hidden) {
}
