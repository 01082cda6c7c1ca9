package cn.warmledger.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 慰问对象: a person the union visits. idNumber is the normalized 18-character 身份证号. {@code version} is the row's
 * version as read (optimistic locking: a save names it and is refused when the row moved on meanwhile).
 */
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
        LocalDateTime deletedAt,
        int version) {

    /** A recipient not read from the database (new, or a draft): version 0. */
    public Recipient(Long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                     String employer, String address, RecipientCategory category, Long organizationId, String note,
                     LocalDateTime deletedAt) {
        this(id, idNumber, name, gender, birthDate, phone, employer, address, category, organizationId, note,
                deletedAt, 0);
    }

    public Recipient withId(Long newId) {
        return new Recipient(newId, idNumber, name, gender, birthDate, phone, employer, address, category,
                organizationId, note, deletedAt, version);
    }

    public String maskedIdNumber() {
        return IdNumber.mask(idNumber);
    }

    public boolean isHardshipWorker() {
        return category == RecipientCategory.HARDSHIP_WORKER;
    }
}
