package cn.warmledger.domain;

import java.time.LocalDate;

/** One row of the register: the recipient with the unit's name and the hardship file's type and status. */
public record RecipientSummary(long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                               String employer, RecipientCategory category, String organizationName,
                               HardshipType hardshipType, FileStatus fileStatus) {
    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public String maskedPhone() {
        return PhoneNumber.mask(phone);
    }
}
