package cn.warmledger.domain;

/** 单位: 本单位, a 基层工会, a 下级单位 or the 上级单位. */
public record Organization(Long id, String code, String name, OrganizationKind kind, Long parentId, String contact,
                           String phone) {
}
