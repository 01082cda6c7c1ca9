/**
 * 走访慰问企业 (ui.enterprises): the register of enterprises (统一社会信用代码 checked) and the visits to
 * them, by {@code EnterpriseService}. Repository: {@code EnterpriseRepository}.
 */
package cn.warmledger.service.enterprises;
