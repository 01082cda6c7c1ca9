package cn.warmledger.service.recipients;

import java.time.LocalDate;
import java.util.List;

import cn.warmledger.domain.FamilyMember;
import cn.warmledger.domain.Gender;
import cn.warmledger.domain.HardshipFile;
import cn.warmledger.domain.RecipientCategory;

/**
 * What the form (or an import) hands to the service: the 身份证号 as typed, and the hardship file with
 * its family when the category is 困难职工. {@code statusReason} explains a status change. {@code version} is the
 * recipient's row version as the form loaded it, the file's is in {@code hardshipFile} (optimistic locking).
 */
public record RecipientDraft(Long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                             String employer, String address, RecipientCategory category, Long organizationId,
                             String note, HardshipFile hardshipFile, List<FamilyMember> family,
                             String statusReason, int version) {
    public RecipientDraft {
        family = family == null ? List.of() : List.copyOf(family);
    }

    /** A draft of a new recipient, or of one whose version is not known (then saving an edit is refused). */
    public RecipientDraft(Long id, String idNumber, String name, Gender gender, LocalDate birthDate, String phone,
                          String employer, String address, RecipientCategory category, Long organizationId,
                          String note, HardshipFile hardshipFile, List<FamilyMember> family, String statusReason) {
        this(id, idNumber, name, gender, birthDate, phone, employer, address, category, organizationId, note,
                hardshipFile, family, statusReason, 0);
    }
}
