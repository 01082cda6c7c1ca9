/**
 * The settings (ui.settings) and the first-run set-up (ui.setup): {@code SettingsService} with its keys
 * ({@code SettingKeys}), 本单位 and 上级单位 ({@code OrganizationService}), and {@code SetupService}, which a new
 * data folder goes through once. Repositories: {@code SettingsRepository}, {@code OrganizationRepository}.
 */
package cn.warmledger.service.settings;
