package cn.warmledger.domain;

/** 走访慰问企业: a struggling enterprise the union visits, keyed by its 统一社会信用代码. */
public record Enterprise(Long id, String creditCode, String name, String hardshipKind, String address,
                         String contact, String phone, Integer employeeCount, String note) {
}
