package cn.warmledger.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** 家庭成员 of a hardship household. */
public record FamilyMember(
        Long id,
        String name,
        String relation,
        Gender gender,
        String idNumber,
        LocalDate birthDate,
        String health,
        BigDecimal monthlyIncome,
        String medicalInsurance,
        String employerOrSchool) {
}
