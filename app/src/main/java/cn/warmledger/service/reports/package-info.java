/**
 * 报表 (ui.reports): a {@code ReportRequest} read once into a {@code ReportSnapshot} ({@code ReportReader},
 * {@code ReportModels}, {@code RosterRows}) and written through the one template engine into an .xlsx
 * ({@code ReportService}, {@code ExportResult}); an export can be put into the outbox. Printing is
 * {@code service.printing}. Repository: {@code ReportRepository} (read-only aggregates).
 */
package cn.warmledger.service.reports;
