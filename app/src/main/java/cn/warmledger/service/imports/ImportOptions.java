package cn.warmledger.service.imports;

import cn.warmledger.domain.RecipientCategory;

/**
 * Choices that hold for the whole file: the 对象类别 of rows whose sheet has none (null: such rows are
 * refused), and the 单位 new recipients belong to (null: 本单位).
 */
public record ImportOptions(RecipientCategory defaultCategory, Long organizationId) {
    public static final ImportOptions DEFAULT = new ImportOptions(null, null);

    public ImportOptions withOrganization(Long id) {
        return new ImportOptions(defaultCategory, id);
    }
}
