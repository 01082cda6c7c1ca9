/**
 * 打印 (ui.reports' print dialog): a filled sheet laid out as its .xlsx prints, drawn as PDF or Java2D pages
 * and handed to the system's printers ({@code PrinterService}). Needs no database.
 */
package cn.warmledger.service.printing;
