/**
 * 导入 (ui.imports): an office's existing sheets into the register ({@code RecipientImportService}) and a past
 * campaign's roster into visits ({@code VisitImportService}): header found, columns mapped, every row checked by the
 * recipients' and visits' own rules before anything is saved.
 */
package cn.warmledger.service.imports;
