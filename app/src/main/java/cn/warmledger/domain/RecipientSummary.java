package cn.warmledger.domain;

import java.time.LocalDate;

/** One row of the register: the recipient with the unit's name and the hardship file's type and status. */
public record RecipientSummary(long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                               String employer, RecipientCategory category, String organizationName,
                               HardshipType hardshipType, FileStatus fileStatus, int version) {

    /** A row not read from the register (version 0). */
    public RecipientSummary(long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                            String employer, RecipientCategory category, String organizationName,
                            HardshipType hardshipType, FileStatus fileStatus) {
        this(id, idNumber, name, gender, birthDate, phone, employer, category, organizationName, hardshipType,
                fileStatus, 0);
    }
    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public String maskedPhone() {
        return PhoneNumber.mask(phone);
    }
}
