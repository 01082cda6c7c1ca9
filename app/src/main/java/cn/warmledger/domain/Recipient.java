package cn.warmledger.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** 慰问对象: a person the union visits. idNumber is the normalized 18-character 身份证号. */
public record Recipient(
        Long id,
        String idNumber,
        String name,
        Gender gender,
        LocalDate birthDate,
        String phone,
        String employer,
        String address,
        RecipientCategory category,
        Long organizationId,
        String note,
        LocalDateTime deletedAt) {

    public Recipient withId(Long newId) {
        return new Recipient(newId, idNumber, name, gender, birthDate, phone, employer, address, category,
                organizationId, note, deletedAt);
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public boolean isHardshipWorker() {
        return category == RecipientCategory.HARDSHIP_WORKER;
    }
}
