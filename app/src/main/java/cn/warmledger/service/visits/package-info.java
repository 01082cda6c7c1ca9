/**
 * 走访慰问 (ui.visits): one visit ({@code VisitDraft}) or a 集中慰问 ({@code BatchVisits}) recorded by
 * {@code VisitService}, with the double-payment guard ({@code DuplicateVisitException}) and the form's defaults.
 * Uses campaigns (a closed campaign takes no visits) and recipients. Repository: {@code VisitRepository}.
 */
package cn.warmledger.service.visits;
