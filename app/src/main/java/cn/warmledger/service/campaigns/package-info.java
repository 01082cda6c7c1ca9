/**
 * 活动 (ui.campaigns): campaigns with their 慰问标准, funds raised and status ({@code CampaignService},
 * {@code CampaignDraft}; a closed one refuses changes with {@code CampaignLockedException}), and the 七送/十送/五送
 * service tallies shown on the campaign screen ({@code ServiceTallyService}). Repositories: {@code CampaignRepository},
 * {@code ServiceTallyRepository}.
 */
package cn.warmledger.service.campaigns;
