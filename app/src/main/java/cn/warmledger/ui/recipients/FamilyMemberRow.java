package cn.warmledger.ui.recipients;

import java.math.BigDecimal;

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.Gender;

/** A family member as the form lists it; converted to the domain record on save. */
public record FamilyMemberRow(String name, String relation, Gender gender, String idNumber, String health,
                              BigDecimal monthlyIncome, String employerOrSchool) {
    static FamilyMemberRow of(FamilyMember m) {
        return new FamilyMemberRow(m.name(), m.relation(), m.gender(), m.idNumber(), m.health(), m.monthlyIncome(),
                m.employerOrSchool());
    }

    FamilyMember toDomain() {
        return new FamilyMember(null, name, relation, gender, idNumber, null, health, monthlyIncome, null,
                employerOrSchool);
    }
}
