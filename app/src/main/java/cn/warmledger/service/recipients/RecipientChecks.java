package cn.warmledger.service.recipients;

import java.math.BigDecimal;

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.IdNumber;
import cn.warmledger.domain.InvalidValueException;
import cn.warmledger.domain.Messages;
import cn.warmledger.domain.Money;
import cn.warmledger.domain.PhoneNumber;
import cn.warmledger.domain.Recipient;
import cn.warmledger.domain.RecipientCategory;
import cn.warmledger.domain.Trimmed;

/**
 * A {@link RecipientDraft} checked as a whole before anything is stored: required fields, 身份证号 against the
 * gender and birth date given, phone, the 困难职工's file, family members, and figures within their columns.
 */
final class RecipientChecks {
    /** hardship_file.housing_area, DECIMAL(10,2). */
    private static final BigDecimal HOUSING_AREA_MAX = new BigDecimal("99999999.99");

    private RecipientChecks() {
    }

    /** See {@link RecipientService#validate}: refuses the first problem, with its field named. */
    static Recipient validate(RecipientDraft d) {
        if (d.name() == null || d.name().isBlank()) {
            throw new InvalidValueException(Messages.get("field.name"), Messages.get("error.required"));
        }
        if (d.category() == null) {
            throw new InvalidValueException(Messages.get("field.category"), Messages.get("error.required"));
        }
        IdNumber id = IdNumber.parse(d.idNumber());
        if (d.gender() != null && d.gender() != id.gender()) {
            throw new InvalidValueException(Messages.get("field.gender"),
                    Messages.get("idNumber.genderMismatch", id.gender().label()));
        }
        if (d.birthDate() != null && !d.birthDate().equals(id.birthDate())) {
            throw new InvalidValueException(Messages.get("field.birthDate"),
                    Messages.get("idNumber.birthMismatch", id.birthDate().toString()));
        }
        String phone = PhoneNumber.parse(d.phone());
        if (d.category() == RecipientCategory.HARDSHIP_WORKER) {
            HardshipFile f = d.hardshipFile();
            if (f == null || f.hardshipType() == null) {
                throw new InvalidValueException(Messages.get("field.hardshipType"), Messages.get("error.required"));
            }
            if (f.status() == null) {
                throw new InvalidValueException(Messages.get("field.fileStatus"), Messages.get("error.required"));
            }
        }
        checkFigures(d.hardshipFile());
        for (FamilyMember m : d.family()) {
            if (m.name() == null || m.name().isBlank() || m.relation() == null || m.relation().isBlank()) {
                throw new InvalidValueException(Messages.get("field.family"), Messages.get("family.incomplete"));
            }
            if (m.idNumber() != null && !m.idNumber().isBlank()) {
                IdNumber.parse(m.idNumber());
            }
            inColumn("family.income", m.monthlyIncome());
        }
        return new Recipient(d.id(), id.value(), d.name().strip(), id.gender(), id.birthDate(), phone,
                Trimmed.orNull(d.employer()), Trimmed.orNull(d.address()), d.category(), d.organizationId(),
                Trimmed.orNull(d.note()), null, d.version());
    }

    /** Incomes and 住房面积 within what their columns hold (a slip of the keyboard is refused, never half stored). */
    private static void checkFigures(HardshipFile f) {
        if (f == null) {
            return;
        }
        if (f.income() != null) {
            inColumn("field.ownMonthlyIncome", f.income().ownMonthlyIncome());
            inColumn("field.householdAnnualIncome", f.income().householdAnnualIncome());
            inColumn("field.rigidExpenditure", f.income().rigidExpenditure());
            inColumn("import.col.perCapita", f.income().monthlyIncomePerCapita());
        }
        if (f.profile() != null && f.profile().housingArea() != null) {
            BigDecimal area = f.profile().housingArea();
            Money.atMost(Messages.get("field.housingArea"), area, area.toPlainString(), HOUSING_AREA_MAX,
                    "number.tooLarge");
        }
    }

    private static void inColumn(String fieldKey, BigDecimal value) {
        if (value != null) {
            Money.checked(Messages.get(fieldKey), value, value.toPlainString());
        }
    }
}
