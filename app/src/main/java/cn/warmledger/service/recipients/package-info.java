/**
 * 慰问对象 (ui.recipients): the register with its 困难职工档案 and family members, saved and searched by
 * {@code RecipientService}; what the form hands in ({@code RecipientDraft}) and what it shows
 * ({@code RecipientDetails}). Repositories: {@code RecipientRepository}, {@code HardshipFileRepository}.
 */
package cn.warmledger.service.recipients;
