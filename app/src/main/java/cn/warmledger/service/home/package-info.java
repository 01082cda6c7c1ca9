/**
 * 首页 (ui.home): the figures of the home screen for a campaign ({@code DashboardService}, {@code Dashboard}),
 * read from campaigns, visits, recipients and the outbox; it changes nothing.
 */
package cn.warmledger.service.home;
